// The one error of the ingest layer: the caller's text or options cannot be ingested. Its
// message says what was wrong and never repeats the input (which may be huge or hostile).
export class IngestError extends Error {
  override name = 'IngestError';
}
