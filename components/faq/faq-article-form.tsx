'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { faqArticleSchema, faqArticleUpdateSchema } from '@/lib/validation/faq';
import { FaqMarkdown } from './faq-markdown';

export interface FaqArticleFormValues {
  title: string;
  module: string;
  body: string;
  published: boolean;
}

interface FaqArticleFormProps {
  action: FormAction;
  initial: FaqArticleFormValues;
  /** Hidden fields: the article edited, the Demande of origin. */
  hidden?: Record<string, string>;
  submitLabel: string;
}

const MODULE_OPTIONS = FAQ_MODULES.map((module) => ({ value: module, label: module }));

/**
 * An FAQ article as the support writes it: the question, its category, the answer in Markdown
 * with its preview as clients will see it, and whether it is published.
 */
export function FaqArticleForm({ action, initial, hidden = {}, submitLabel }: FaqArticleFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: 'articleId' in hidden ? faqArticleUpdateSchema : faqArticleSchema });
  // Controlled, so a refused form keeps what was typed, and the preview follows the answer.
  const [values, setValues] = useState(initial);
  const set = <K extends keyof FaqArticleFormValues>(key: K, value: FaqArticleFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  return (
    <form {...formProps} className="flex flex-col gap-6">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} errors={errors} />
      <Field
        label="Question"
        name="title"
        required
        maxLength={200}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors.title}
      />
      <SelectField
        label="Catégorie"
        name="module"
        required
        options={MODULE_OPTIONS}
        placeholder="Choisir…"
        value={values.module}
        onChange={(event) => set('module', event.target.value)}
        error={errors.module}
        className="max-w-sm"
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <TextAreaField
          label="Réponse (Markdown)"
          name="body"
          required
          rows={18}
          hint="## pour un intertitre, **gras**, *italique*, « - » ou « 1. » pour une liste, [texte](https://…) pour un lien. Le HTML n’est pas interprété."
          value={values.body}
          onChange={(event) => set('body', event.target.value)}
          error={errors.body}
        />
        <section aria-labelledby="apercu" className="flex flex-col gap-1">
          <h2 id="apercu" className="text-sm font-semibold text-slate-800">
            Aperçu
          </h2>
          <div className="min-h-40 rounded-md border border-dashed border-slate-400 bg-white p-4">
            {values.title.trim() && <p className="mb-2 text-xl font-bold">{values.title}</p>}
            {values.body.trim() ? (
              <FaqMarkdown>{values.body}</FaqMarkdown>
            ) : (
              <p className="text-slate-600">La réponse s’affichera ici, telle que les clients la liront.</p>
            )}
          </div>
        </section>
      </div>
      <CheckboxField
        label="Publier dans la FAQ du portail"
        name="published"
        hint="Un article publié est visible de tous les clients ; décoché, il reste un brouillon."
        checked={values.published}
        onChange={(event) => set('published', event.target.checked)}
        error={errors.published}
      />
      {errors.sourceTicketId && <Alert tone="error">{errors.sourceTicketId}</Alert>}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? 'Enregistrement…' : submitLabel}
      </Button>
    </form>
  );
}
