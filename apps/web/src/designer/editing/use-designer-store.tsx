// React access to the designer store: a provider per open definition and a hook that re-renders on change.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DesignerSnapshot, DesignerStore } from './designer-store';

const DesignerStoreContext = createContext<DesignerStore | null>(null);

/** Makes `store` available to `useDesignerStore()` below it. */
export function DesignerStoreProvider({ store, children }: { store: DesignerStore; children: ReactNode }) {
  return <DesignerStoreContext.Provider value={store}>{children}</DesignerStoreContext.Provider>;
}

/**
 * The current designer snapshot plus the store's actions; re-renders on every change.
 * @example const { spec, validation, setSpec, undo } = useDesignerStore();
 */
export function useDesignerStore(): DesignerSnapshot & DesignerStore {
  const store = useDesignerStoreApi();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { ...store, ...snapshot };
}

/** The store itself (no re-render on change), for event handlers and effects. */
export function useDesignerStoreApi(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesignerStore must be used inside <DesignerStoreProvider>');
  return store;
}
