import { useId, useRef, useState } from 'preact/hooks';
import { copyText } from '@/lib/panel/clipboard';
import { unfilledSlots } from '@/lib/panel/slots';
import { appliedNotice, applyOrCopy, type Applier, type PanelNotice } from './apply';
import { lazyComponent } from './lazy';

// Asked only where the page hides text in the passage: its code loads then, not at open.
const HiddenTextConfirm = lazyComponent(() => import('./HiddenTextConfirm').then((m) => m.HiddenTextConfirm));

export interface RewriteEditorProps {
  /** The rewrite with the passage's words filled in; unfilled slots stay as "[slot]". */
  initial: string;
  /** What the rewrite replaces, in the analyzed passage. */
  range: { start: number; end: number };
  /** Names what it replaces, for the box's label: "the sentence", "“a lot of”". */
  replaces: string;
  applier: Applier;
  notify: (notice: PanelNotice) => void;
}

/**
 * Copy and Apply for one rewrite, with what the card says after each. Apply stays off while a slot
 * is unfilled, and where the page hides text in the passage it first asks (`confirming`).
 */
function useRewriteActions(
  draft: string,
  { range, applier, notify }: Omit<RewriteEditorProps, 'initial' | 'replaces'>,
) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const slots = unfilledSlots(draft);

  const copy = async () => {
    setStatus((await copyText(draft)) ? 'Copied.' : 'Could not copy: select the text in the box and press Ctrl+C.');
  };

  const apply = async (confirmed: boolean) => {
    if (slots.length > 0) {
      setStatus(`Fill in ${slots.join(', ')} first: Apply never puts a blank slot into your story.`);
      return;
    }
    if (applier.pageText !== undefined && !confirmed) {
      setStatus('');
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setBusy(true);
    setStatus('Applying…');
    try {
      const result = await applyOrCopy(applier, range, draft);
      if (result.ok) {
        setStatus('');
        notify({ message: appliedNotice(applier.kind) });
      } else {
        setStatus(result.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return { slots, status, busy, confirming, copy, apply, cancel: () => setConfirming(false) };
}

/** The GOOD side of a card: an editable rewrite with its slots listed, Copy, and Apply. */
export function RewriteEditor({ initial, range, replaces, applier, notify }: RewriteEditorProps) {
  const boxId = useId();
  const slotsId = useId();
  const [draft, setDraft] = useState(initial);
  const applyButton = useRef<HTMLButtonElement>(null);
  const { slots, status, busy, confirming, copy, apply, cancel } = useRewriteActions(draft, { range, applier, notify });

  return (
    <div class="rewrite">
      <label for={boxId} class="rewrite__label">
        <span class="rewrite__good">Good</span> (replaces {replaces})
      </label>
      <textarea
        id={boxId}
        class="rewrite__box"
        value={draft}
        rows={Math.min(6, Math.max(2, Math.ceil(draft.length / 48)))}
        aria-describedby={slotsId}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <p id={slotsId} class="rewrite__slots">
        {slots.length === 0 ? (
          'Every slot is filled.'
        ) : (
          <>
            Fill in {slots.length === 1 ? 'this slot' : `these ${slots.length} slots`} with your own facts:{' '}
            {slots.map((slot) => (
              <mark key={slot} class="slot">
                {slot}
              </mark>
            ))}
          </>
        )}
      </p>
      <div class="actions">
        <button type="button" onClick={copy}>
          Copy
        </button>
        {applier.kind !== 'none' && (
          <button
            type="button"
            ref={applyButton}
            onClick={() => void apply(false)}
            disabled={busy}
            aria-describedby={slotsId}
          >
            Apply
          </button>
        )}
      </div>
      {confirming && applier.pageText !== undefined && (
        <HiddenTextConfirm
          pageText={applier.pageText}
          confirm={() => void apply(true)}
          cancel={() => {
            cancel();
            applyButton.current?.focus();
          }}
        />
      )}
      {applier.kind === 'none' && applier.reason && <p class="rewrite__note">{applier.reason}</p>}
      <p class="rewrite__status" role="status">
        {status}
      </p>
    </div>
  );
}
