// The breaking-change check: the schema of the last release (server/schema/released/) against
// the current one, every breaking change to be named in the CHANGELOG's Unreleased section.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

const semver = /^(\d+)\.(\d+)\.(\d+)$/;

/** The newest snapshot in `dir` (files named `<major>.<minor>.<patch>.graphql`). */
export function lastReleasedSchema(dir: string): { version: string; schema: GraphQLSchema } {
  const versions = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .filter((version) => semver.test(version))
    .sort((a, b) => {
      const [x, y] = [a, b].map((v) => semver.exec(v)!.slice(1).map(Number));
      return x![0]! - y![0]! || x![1]! - y![1]! || x![2]! - y![2]!;
    });
  const version = versions.at(-1);
  if (!version) throw new Error(`no released schema (<version>.graphql) in ${dir}`);
  const sdl = readFileSync(path.join(dir, `${version}.graphql`), 'utf8');
  return { version, schema: buildSchema(sdl) };
}

/** The text of the `## [Unreleased]` section, up to the next `## ` heading. */
export function unreleasedSection(changelog: string): string {
  const match = /^## \[?Unreleased\]?[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/im.exec(changelog);
  if (!match) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  return match[1]!;
}

/** Whether `text` names `coordinate` as a whole: `Article` is not named by `Article.slug`. */
export function namesCoordinate(text: string, coordinate: string): boolean {
  const escaped = coordinate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.@])${escaped}(?![\\w]|\\.\\w)`).test(text);
}

/** What a change is called in the changelog: its schema coordinate, else its kind. */
export const coordinateOf = (change: Change) => change.path ?? change.type;

/** The breaking changes from `released` to `current` that `unreleased` does not name. */
export async function unnamedBreakingChanges(
  released: GraphQLSchema,
  current: GraphQLSchema,
  unreleased: string,
): Promise<Change[]> {
  const changes = await diff(released, current);
  return changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking &&
      !namesCoordinate(unreleased, coordinateOf(change)),
  );
}
