'use client';

import { Button } from '@/components/ui/button';

export function ErrorPanel({ reset }: { reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Une erreur est survenue</h1>
      <p className="mt-2 text-slate-700">Rien n’a été perdu. Réessayez ; si le problème persiste, contactez le support par téléphone.</p>
      <Button className="mt-4" onClick={reset}>
        Réessayer
      </Button>
    </div>
  );
}
