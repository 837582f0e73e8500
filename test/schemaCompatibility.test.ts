// A breaking API change is a decision written down, never an accident: the printed schema is
// compared with the last released one, and every breaking change must be named in the
// CHANGELOG's Unreleased section.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  buildSchema,
  type GraphQLSchema,
  Kind,
  parse,
  printSchema,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';
import { printedSchema } from '../server/schema/print.js';
import {
  coordinateOf,
  lastReleasedSchema,
  namesCoordinate,
  unnamedBreakingChanges,
  unreleasedSection,
} from './support/schemaCompatibility.js';

const releasedDir = path.join(repoRoot, 'server/schema/released');
const changelog = readFileSync(path.join(repoRoot, 'CHANGELOG.md'), 'utf8');

describe('the API against its last release', () => {
  it('breaks nothing that the CHANGELOG does not name under Unreleased', async () => {
    const released = lastReleasedSchema(releasedDir);
    const unnamed = await unnamedBreakingChanges(
      released.schema,
      buildSchema(printedSchema()),
      unreleasedSection(changelog),
    );
    expect(
      unnamed.map((change) => `${coordinateOf(change)}: ${change.message}`),
      `breaking changes since ${released.version}: name each coordinate in CHANGELOG.md under ` +
        '"## [Unreleased]" → "### Breaking", or keep the old field (deprecated) beside the new',
    ).toEqual([]);
  });

  it('keeps a snapshot for every version the CHANGELOG lists as released', () => {
    const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\]/gm)].map((m) => m[1]!);
    expect(released).toContain('0.1.0');
    for (const version of released)
      expect(() => readFileSync(path.join(releasedDir, `${version}.graphql`))).not.toThrow();
    expect(released[0]).toBe(lastReleasedSchema(releasedDir).version);
  });
});

/** The released schema with edits made to its SDL: fields removed, an argument retyped. */
function edited(
  schema: GraphQLSchema,
  edit: { removeFields?: string[]; removeEnumValues?: string[]; addFields?: string[] },
): GraphQLSchema {
  const coordinateIn = (list: string[] | undefined, type: string, name: string) =>
    list?.includes(`${type}.${name}`) ?? false;
  const document = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(type) {
      const kept = (type.fields ?? []).filter(
        (field) => !coordinateIn(edit.removeFields, type.name.value, field.name.value),
      );
      const added = (edit.addFields ?? [])
        .filter((coordinate) => coordinate.startsWith(`${type.name.value}.`))
        .map((coordinate) => ({
          kind: Kind.FIELD_DEFINITION,
          name: { kind: Kind.NAME, value: coordinate.split('.')[1]! },
          description: { kind: Kind.STRING, value: 'Added in a test.' },
          arguments: [],
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
        }));
      return { ...type, fields: [...kept, ...added] };
    },
    EnumTypeDefinition(type) {
      const values = (type.values ?? []).filter(
        (value) => !coordinateIn(edit.removeEnumValues, type.name.value, value.name.value),
      );
      return { ...type, values };
    },
  });
  return buildASTSchema(document);
}

describe('the check itself', () => {
  const { schema: released } = lastReleasedSchema(releasedDir);
  const withoutPublishedAt = edited(released, {
    removeFields: ['Article.publishedAt'],
    removeEnumValues: ['IngestStatus.UPDATED'],
  });
  const unreleased = (breaking: string) =>
    unreleasedSection(
      `# Changelog\n\n## [Unreleased]\n\n### Breaking\n\n${breaking}\n\n` +
        '## [0.1.0] - 2026-11-23\n\n- `Article.publishedAt` and `IngestStatus.UPDATED`\n',
    );

  it('catches a breaking change that the Unreleased section does not name', async () => {
    const unnamed = await unnamedBreakingChanges(
      released,
      withoutPublishedAt,
      unreleased('None so far.'),
    );
    expect(unnamed.map((change) => [change.type, coordinateOf(change)]).sort()).toEqual([
      ['ENUM_VALUE_REMOVED', 'IngestStatus.UPDATED'],
      ['FIELD_REMOVED', 'Article.publishedAt'],
    ]);
  });

  it('lets through a breaking change named by its coordinate, and only that one', async () => {
    const unnamed = await unnamedBreakingChanges(
      released,
      withoutPublishedAt,
      unreleased('- `Article.publishedAt` removed: read `Article.dates.published`.'),
    );
    expect(unnamed.map(coordinateOf)).toEqual(['IngestStatus.UPDATED']);
    expect(
      await unnamedBreakingChanges(
        released,
        withoutPublishedAt,
        unreleased('- Article.publishedAt and IngestStatus.UPDATED are gone.'),
      ),
    ).toEqual([]);
  });

  it('lets additions through unnamed', async () => {
    const added = edited(released, { addFields: ['Article.summary'] });
    expect(await unnamedBreakingChanges(released, added, unreleased('None.'))).toEqual([]);
  });

  it('matches whole coordinates only', () => {
    const text = 'Renamed `Article.publishedAtDay`; `Person` gained `Person.nickname`.';
    expect(namesCoordinate(text, 'Article.publishedAt')).toBe(false);
    expect(namesCoordinate(text, 'Article')).toBe(false);
    expect(namesCoordinate(text, 'Person')).toBe(true);
    expect(namesCoordinate(text, 'Person.nickname')).toBe(true);
    expect(namesCoordinate('Removed Article.publishedAt.', 'Article.publishedAt')).toBe(true);
  });

  it('reads the Unreleased section only, and says when there is none', () => {
    expect(unreleased('None so far.')).not.toContain('Article.publishedAt');
    expect(() => unreleasedSection('# Changelog\n\n## [0.1.0]\n')).toThrow(
      'CHANGELOG.md has no "## [Unreleased]" section',
    );
  });
});
