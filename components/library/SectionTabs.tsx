import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Section<Id extends string> {
  id: Id;
  label: string;
}

const tabId = (id: string) => `library-tab-${id}`;
const panelId = (id: string) => `library-panel-${id}`;

/** The library's sections as WAI-ARIA tabs: one tab stop; arrows, Home and End move and select. */
export function SectionTabs<Id extends string>({
  label,
  sections,
  selected,
  onSelect,
}: {
  label: string;
  sections: ReadonlyArray<Section<Id>>;
  selected: Id;
  onSelect: (id: Id) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent) => {
    const index = sections.findIndex((s) => s.id === selected);
    const last = sections.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: (index + 1) % sections.length,
      ArrowLeft: (index + last) % sections.length,
      Home: 0,
      End: last,
    };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const id = sections[target]!.id;
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${tabId(id)}`)?.focus();
  };
  return (
    <div class="tabs lib-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={move}>
      {sections.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          id={tabId(s.id)}
          aria-selected={s.id === selected}
          aria-controls={panelId(s.id)}
          tabIndex={s.id === selected ? 0 : -1}
          class="tabs__tab"
          onClick={() => onSelect(s.id)}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}

export function SectionPanel({
  id,
  selected,
  children,
}: {
  id: string;
  selected: boolean;
  children: ComponentChildren;
}) {
  return (
    <div
      role="tabpanel"
      id={panelId(id)}
      aria-labelledby={tabId(id)}
      hidden={!selected}
      tabIndex={0}
      class="tabs__panel"
    >
      {children}
    </div>
  );
}
