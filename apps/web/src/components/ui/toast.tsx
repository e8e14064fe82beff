import * as RadixToast from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type ToastTone = 'success' | 'danger' | 'info';
type ToastInput = { title: string; description?: string; tone?: ToastTone };
type ToastItem = ToastInput & { id: number; open: boolean };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

let nextId = 1;

/** Hosts the toasts; `useToast()` shows one. Errors stay until dismissed, other toasts for 5 s. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);

  const show = useCallback((toast: ToastInput) => {
    setToasts((current) => [...current.slice(-3), { ...toast, id: nextId++, open: true }]);
  }, []);

  const close = useCallback((id: number) => {
    setToasts((current) => current.map((t) => (t.id === id ? { ...t, open: false } : t)));
    // Leave time for the closing animation before dropping it.
    setTimeout(() => setToasts((current) => current.filter((t) => t.id !== id)), 300);
  }, []);

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      <RadixToast.Provider swipeDirection="right">
        {children}
        {toasts.map((toast) => (
          <RadixToast.Root
            key={toast.id}
            open={toast.open}
            onOpenChange={(open) => (open ? undefined : close(toast.id))}
            duration={toast.tone === 'danger' ? 60_000 : 5_000}
            type={toast.tone === 'danger' ? 'foreground' : 'background'}
            className={`toast toast--${toast.tone ?? 'info'}`}
          >
            <div className="toast__text">
              <RadixToast.Title className="toast__title">{toast.title}</RadixToast.Title>
              {toast.description ? (
                <RadixToast.Description className="toast__description">{toast.description}</RadixToast.Description>
              ) : null}
            </div>
            <RadixToast.Close className="btn btn--ghost btn--sm btn--icon-only" aria-label="Dismiss">
              <X size={16} aria-hidden="true" />
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        <RadixToast.Viewport className="toast__viewport" />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}
