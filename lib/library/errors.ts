/** Typed errors the UI can tell apart and show as they are: each message is written for the user. */

export class LibraryInputError extends Error {
  override name = 'LibraryInputError';
}

export class NotInLibraryError extends Error {
  // Not "NotFoundError": Dexie rewrites errors that carry a DOMException name into its own.
  override name = 'NotInLibraryError';
  constructor(
    readonly kind: 'snippet' | 'story' | 'template' | 'principle' | 'decision' | 'rehearsal' | 'interview',
    readonly key: number | string,
  ) {
    super(`That ${kind} is no longer in your library.`);
  }
}

/** Editing a snippet's text into one the library already has. */
export class SnippetExistsError extends Error {
  override name = 'SnippetExistsError';
  constructor(readonly existingId: number) {
    super('This text is already in your library.');
  }
}

export class StoryTitleTakenError extends Error {
  override name = 'StoryTitleTakenError';
  constructor(readonly title: string) {
    super(`You already have a story called "${title}".`);
  }
}

export class TemplateExistsError extends Error {
  override name = 'TemplateExistsError';
  constructor(readonly existingId: number) {
    super('You already have this template.');
  }
}
