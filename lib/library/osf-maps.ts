/**
 * Each story's OSF map (hypothesis → primary metric → experiment design → outcome → follow-up
 * action) keeps only what the user wrote. A node they never touched shows what the analyzer
 * finds in the story (../prep/osf), so the map follows the story's edits until the user takes
 * a node over; an empty string is a node the user emptied on purpose.
 */
import { libraryDb, type LibraryDB } from './db';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError } from './errors';
import { LIMITS } from './limits';
import { OSF_NODES, type OsfMapRow, type OsfNode } from './model';
import { writeLibrary } from './quota';

export type OsfNodes = Partial<Record<OsfNode, string>>;

function checkNodes(nodes: OsfNodes): OsfNodes {
  const clean: OsfNodes = {};
  for (const node of OSF_NODES) {
    const value = nodes[node];
    if (value === undefined) continue;
    if (value.length > LIMITS.osfNode)
      throw new LibraryInputError(
        `A node of the map can be at most ${LIMITS.osfNode.toLocaleString('en')} characters.`,
      );
    clean[node] = value.trim();
  }
  return clean;
}

/** Replaces the user's nodes of a story's map; with none left, the map is the story's own again. */
export async function saveOsfMap(
  storyId: number,
  nodes: OsfNodes,
  deps: Partial<LibraryDeps> = {},
): Promise<OsfMapRow | undefined> {
  const { db, now } = resolveDeps(deps);
  const clean = checkNodes(nodes);
  return writeLibrary(db, ['stories', 'osfMaps'], async () => {
    if (!(await db.stories.get(storyId))) throw new NotInLibraryError('story', storyId);
    const old = await db.osfMaps.get(storyId);
    if (Object.keys(clean).length === 0) {
      await db.osfMaps.delete(storyId);
      return undefined;
    }
    const row: OsfMapRow = { storyId, nodes: clean, updatedAt: Math.max(now(), old?.updatedAt ?? 0) };
    await db.osfMaps.put(row);
    return row;
  });
}

export function getOsfMap(storyId: number, db: LibraryDB = libraryDb): Promise<OsfMapRow | undefined> {
  return db.osfMaps.get(storyId);
}
