'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { completeRequestSchema, refuseRequestSchema } from '@/lib/validation/requests';
import {
  actionPlanSchema,
  pickupExclusionSchema,
  provideInformationSchema,
  qualifySchema,
  remedySchema,
  reopenSchema,
  replySchema,
  requalifySchema,
  requestInformationSchema,
  resolveSchema,
} from '@/lib/validation/tickets';
import { AttachmentPicker, appendPickedFiles, type PickedFile } from './attachment-picker';

/**
 * The schemas of the actions a message form sends to, by name: a page (a server component) names
 * its form's schema, which cannot cross to the browser as a value.
 */
const SCHEMAS = {
  reply: replySchema,
  provideInformation: provideInformationSchema,
  reopen: reopenSchema,
  qualify: qualifySchema,
  requalify: requalifySchema,
  requestInformation: requestInformationSchema,
  actionPlan: actionPlanSchema,
  remedy: remedySchema,
  resolve: resolveSchema,
  pickupExclusion: pickupExclusionSchema,
  completeRequest: completeRequestSchema,
  refuseRequest: refuseRequestSchema,
};
export type MessageSchema = keyof typeof SCHEMAS;

interface MessageFormProps {
  action: FormAction;
  hidden: Record<string, string>;
  /** The name of the text field the action reads, and its label. */
  field: string;
  label: string;
  submitLabel: string;
  hint?: string;
  /** The text may be left empty (qualification notes). */
  optional?: boolean;
  withAttachments?: boolean;
  /** The action's schema (lib/validation), to check the fields again as they are corrected. */
  schema: MessageSchema;
  /** Extra controls (a select, a checkbox) sent with the message, given the errors shown. */
  children?: React.ReactNode | ((errors: Readonly<Record<string, string>>) => React.ReactNode);
}

/** A text with optional attachments sent to a server action; cleared once it is accepted. */
export function MessageForm({
  action,
  hidden,
  field,
  label,
  submitLabel,
  hint,
  optional = false,
  withAttachments = false,
  schema,
  children,
}: MessageFormProps) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const { state, pending, errors, formProps } = useActionForm(action, {
    schema: SCHEMAS[schema],
    prepare: (data) => appendPickedFiles(data, files),
    onSuccess: () => {
      setText('');
      setFiles([]);
    },
  });

  return (
    <form {...formProps} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} errors={errors} />
      {typeof children === 'function' ? children(errors) : children}
      <TextAreaField
        label={label}
        name={field}
        hint={hint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={errors[field] ?? errors._}
        required={!optional}
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
