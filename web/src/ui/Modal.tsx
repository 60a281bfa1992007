import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.js';
import { Button, ErrorMessage } from './index.js';

/** A modal dialog (native <dialog>: focus trapped, Escape closes) around a small form. */
export function Modal({
  title,
  open,
  onClose,
  onSubmit,
  submitLabel,
  submitVariant = 'primary',
  children,
}: {
  title: string;
  open: boolean;
  onClose(): void;
  onSubmit(): Promise<void> | void;
  submitLabel: string;
  submitVariant?: 'primary' | 'danger';
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      onClose();
    } catch (reason) {
      setError(reason instanceof Error ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  const titleId = `${title.replace(/\W+/g, '-')}-title`;
  return (
    <dialog ref={ref} className="modal" aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{title}</h2>
          {children}
          <ErrorMessage error={error} />
          <div className="modal-actions">
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant={submitVariant} disabled={busy}>
              {submitLabel}
            </Button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}

/** A button that asks once, saying what will happen, before acting. */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  variant = 'primary',
  disabled,
}: {
  label: string;
  title: string;
  message: string;
  confirmLabel?: string;
  onConfirm(): Promise<void> | void;
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        title={title}
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={onConfirm}
        submitLabel={confirmLabel ?? label}
        submitVariant={variant === 'danger' ? 'danger' : 'primary'}
      >
        <p>{message}</p>
      </Modal>
    </>
  );
}
