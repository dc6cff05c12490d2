'use client';

import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { formatFileSize } from '@/lib/format/file-size';
import { MAX_ATTACHMENTS, acceptedExtensions, checkAttachment } from '@/lib/validation/attachments';

export interface PickedFile {
  key: string;
  file: File;
  previewUrl: string | null;
  error: string | null;
}

interface AttachmentPickerProps {
  label: string;
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  error?: string;
}

let counter = 0;

/** Adds the accepted files to a form's data; refused ones stay on screen and are not sent. */
export function appendPickedFiles(data: FormData, files: readonly PickedFile[], field = 'attachments'): FormData {
  for (const picked of files) if (!picked.error) data.append(field, picked.file);
  return data;
}

/**
 * Several files by picker or drag-and-drop, images previewed. Each refused file says why and
 * stays listed (not sent) so nothing typed elsewhere is lost.
 */
export function AttachmentPicker({ label, files, onChange, error }: AttachmentPickerProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // Previews are released when their file is removed, and all of them when the form goes away.
  const current = useRef(files);
  useEffect(() => {
    current.current = files;
  }, [files]);
  useEffect(() => () => current.current.forEach((picked) => picked.previewUrl && URL.revokeObjectURL(picked.previewUrl)), []);

  function remove(picked: PickedFile) {
    if (picked.previewUrl) URL.revokeObjectURL(picked.previewUrl);
    onChange(files.filter((other) => other.key !== picked.key));
  }

  function add(list: FileList | null) {
    if (!list) return;
    const accepted = files.filter((picked) => !picked.error).length;
    const added = Array.from(list).map((file, index): PickedFile => {
      const verdict = checkAttachment({ fileName: file.name, size: file.size, contentType: file.type });
      const tooMany = accepted + index >= MAX_ATTACHMENTS;
      return {
        key: `${Date.now()}-${counter++}`,
        file,
        previewUrl: verdict.ok && verdict.contentType.startsWith('image/') ? URL.createObjectURL(file) : null,
        error: !verdict.ok ? verdict.reason : tooMany ? `« ${file.name} » : ${MAX_ATTACHMENTS} pièces jointes au plus.` : null,
      };
    });
    onChange([...files, ...added]);
    if (input.current) input.current.value = '';
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={inputId} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {MAX_ATTACHMENTS} fichiers au plus, 10 Mo chacun. Types acceptés : {acceptedExtensions()}.
      </p>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed px-4 py-6 text-center text-sm ${dragging ? 'border-brand-700 bg-brand-50' : 'border-slate-300 bg-white'}`}
      >
        <p className="mb-2 text-slate-700">Glissez vos fichiers ici, ou</p>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          // The files are sent under "attachments" (appendPickedFiles): an error summary finds the picker by it.
          data-error-for="attachments"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => add(event.currentTarget.files)}
          className="mx-auto block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-800 file:px-3 file:py-2 file:font-semibold file:text-white"
        />
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {files.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label="Fichiers choisis">
          {files.map((picked) => (
            <li
              key={picked.key}
              className={`flex items-center gap-3 rounded-md border px-3 py-2 text-sm ${picked.error ? 'border-red-300 bg-red-50' : 'border-slate-200 bg-white'}`}
            >
              {picked.previewUrl && (
                // eslint-disable-next-line @next/next/no-img-element -- a local object URL, which next/image cannot optimise.
                <img src={picked.previewUrl} alt={`Aperçu de ${picked.file.name}`} className="h-12 w-12 rounded object-cover" />
              )}
              <span className="flex-1 break-all">
                {picked.file.name} <span className="text-slate-600">({formatFileSize(picked.file.size)})</span>
                {picked.error && <span className="block font-medium text-red-700">{picked.error} Ce fichier ne sera pas envoyé.</span>}
              </span>
              <button type="button" onClick={() => remove(picked)} className="rounded-md px-2 py-1 font-semibold text-slate-800 hover:bg-slate-100">
                Retirer<span className="sr-only"> {picked.file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
