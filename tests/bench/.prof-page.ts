import { snippetKeys } from '@/lib/library/text';
function openDb(name: string, setup: (d: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((res, rej) => { const r = indexedDB.open(name, 1); r.onupgradeneeded = () => setup(r.result); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
}
function putAll(d: IDBDatabase, store: string, rows: any[], durability: IDBTransactionDurability): Promise<number> {
  const t = performance.now();
  return new Promise((res) => { const tx = d.transaction(store, 'readwrite', { durability }); const st = tx.objectStore(store); for (const k of rows) st.put(k); tx.oncomplete = () => res(performance.now() - t); });
}
(globalThis as any).prof = async (text: string) => {
  const file = JSON.parse(text);
  const keyed = file.snippets.map((s: any) => ({ ...s, ...snippetKeys(s.text, s.tags, s.note) }));
  const out: Record<string, number> = {};
  for (const durability of ['relaxed', 'default'] as const) {
    const name = 'raw-' + durability + Math.random();
    const d = await openDb(name, (d) => { d.createObjectStore('s', { keyPath: 'id' }); d.createObjectStore('small', { keyPath: 'id' }); const w = d.createObjectStore('w', { keyPath: 'id' }); w.createIndex('words', 'words', { multiEntry: true }); const a = d.createObjectStore('all', { keyPath: 'id' }); for (const i of ['tags', 'principles']) a.createIndex(i, i, { multiEntry: true }); for (const i of ['normalized', 'storyId', 'band', 'updatedAt']) a.createIndex(i, i); a.createIndex('su', ['score', 'updatedAt']); a.createIndex('words', 'words', { multiEntry: true }); });
    out[durability + ':noIndex'] = await putAll(d, 's', keyed, durability);
    out[durability + ':tinyRows'] = await putAll(d, 'small', keyed.map((k: any) => ({ id: k.id })), durability);
    out[durability + ':wordsIndex'] = await putAll(d, 'w', keyed, durability);
    out[durability + ':allIndexes'] = await putAll(d, 'all', keyed, durability);
    d.close(); indexedDB.deleteDatabase(name);
  }
  return out;
};
