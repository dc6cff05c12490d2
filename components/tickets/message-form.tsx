'use client';

import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextAreaField } from '@/components/ui/text-area-field';
import { IDLE, type ActionState } from '@/lib/forms/action-state';
import { AttachmentPicker, appendPickedFiles, type PickedFile } from './attachment-picker';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

interface MessageFormProps {
  action: Action;
  hidden: Record<string, string>;
  /** The name of the text field the action reads, and its label. */
  field: string;
  label: string;
  submitLabel: string;
  hint?: string;
  withAttachments?: boolean;
  /** Extra controls (a select, a checkbox) sent with the message. */
  children?: React.ReactNode;
}

/** A text with optional attachments sent to a server action; cleared once it is accepted. */
export function MessageForm({ action, hidden, field, label, submitLabel, hint, withAttachments = false, children }: MessageFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const errors = state.status === 'error' ? state.fieldErrors : {};

  useEffect(() => {
    if (state.status !== 'success') return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- clearing the form once the server accepted it.
    setText('');
    setFiles([]);
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = appendPickedFiles(new FormData(event.currentTarget), files);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} />
      {children}
      <TextAreaField
        label={label}
        name={field}
        hint={hint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={errors[field] ?? errors._}
        rows={4}
      />
      {withAttachments && <AttachmentPicker label="Pièces jointes" files={files} onChange={setFiles} error={errors.attachments} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
