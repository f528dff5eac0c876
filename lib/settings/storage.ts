/**
 * The slice of `browser.storage` the panel's settings touch, so they test with fakeBrowser
 * or a plain object and run unchanged in Chrome and Firefox.
 */
import { browser } from 'wxt/browser';

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageChangeEvents {
  addListener(listener: (changes: Record<string, StorageChange>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, StorageChange>, areaName: string) => void): void;
}

export interface PanelStorage {
  area: KeyValueArea;
  /** The name browser.storage.onChanged gives the area ('local'). */
  areaName: string;
  onChanged: StorageChangeEvents;
}

export function localStorageArea(): PanelStorage {
  return {
    area: browser.storage.local as unknown as KeyValueArea,
    areaName: 'local',
    onChanged: browser.storage.onChanged as unknown as StorageChangeEvents,
  };
}

/** Calls `onValue` whenever `key` changes in the area, from this panel or any other. Returns an unsubscribe. */
export function watchKey(storage: PanelStorage, key: string, onValue: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName !== storage.areaName || !(key in changes)) return;
    onValue(changes[key]!.newValue);
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}
