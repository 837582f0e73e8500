// Starts GraphiQL with the options the server put in the page. Loaded before GraphiQL's
// script, since Monaco reads MonacoEnvironment while loading; the workers are files of
// this server, so the page needs no blob: URLs and no inline script.
(() => {
  const options = JSON.parse(document.getElementById('playground-options').textContent);
  const workers = options.workers;
  delete options.workers;
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: (_moduleId, label) => workers[label] ?? workers.editorWorkerService,
  };
  // GraphiQL fills its editors from the query and variables options, not from a tab, and
  // opens a new empty tab when they match no tab. So they are the active tab's: the first
  // example on a first visit, the stored active tab on a later one.
  let stored = null;
  try {
    stored = JSON.parse(localStorage.getItem('graphiql:tabState') ?? 'null');
  } catch {
    // Unreadable state: GraphiQL starts over from the examples.
  }
  const activeTab = stored?.tabs?.[stored.activeTabIndex] ?? options.defaultTabs?.[0];
  if (activeTab) {
    options.query = activeTab.query;
    options.variables = activeTab.variables;
  }
  document.addEventListener('DOMContentLoaded', () => {
    self.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
  });
})();
