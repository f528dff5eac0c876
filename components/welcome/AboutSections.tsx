/** What happens on Google Docs, and what stays on the device: the two things to know before using it there. */
export function DocsSection() {
  return (
    <section aria-labelledby="docs-heading">
      <h2 id="docs-heading">On Google Docs</h2>
      <p>
        Docs draws its text on a canvas, so Ownership Lens asks Docs to share the selected text with it, the way writing
        extensions do. Open or reload a document after installing, select a paragraph, and the panel scores it. Docs
        keeps its drawing to itself, so findings are marked in the panel; Apply pastes a rewrite through Docs' own
        paste, and one Ctrl+Z in the document takes it back.
      </p>
      <p>If Docs does not share the text, the panel says so and offers three ways on:</p>
      <ul>
        <li>
          <strong>Paste what you copied</strong>: copy the paragraph in Docs, then let the panel read it.
        </li>
        <li>
          <strong>Score the whole document</strong>: the panel reads the document’s own plain-text export, from Google
          Docs, in your session.
        </li>
        <li>
          <strong>Screen reader support</strong>: turn it on in Docs (Tools → Accessibility), and the panel reads the
          selection from it.
        </li>
      </ul>
    </section>
  );
}

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Nothing leaves your device</h2>
      <p>
        Every score is worked out inside your browser. Ownership Lens has no account, no analytics and no server: what
        you type, select or save in your library stays on this device. It reads a page only when you ask it to, and
        never changes your document unless you press Apply.
      </p>
    </section>
  );
}
