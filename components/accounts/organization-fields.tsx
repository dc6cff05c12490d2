import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';
import { FRENCH_TIME_ZONES, METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';

export interface OrganizationValues {
  name: string;
  siren: string | null;
  timeZone: string;
  closedDays: string[];
}

export function OrganizationFields({ values, errors }: { values?: OrganizationValues; errors: Readonly<Record<string, string>> }) {
  return (
    <>
      <Field label="Nom de la collectivité" name="name" required defaultValue={values?.name} error={errors.name} />
      <Field
        label="SIREN (facultatif)"
        name="siren"
        inputMode="numeric"
        defaultValue={values?.siren ?? ''}
        hint="9 chiffres, par exemple 217 500 016."
        error={errors.siren}
        className="max-w-xs"
      />
      <SelectField
        label="Fuseau horaire"
        name="timeZone"
        options={FRENCH_TIME_ZONES.map((zone) => ({ value: zone.value, label: zone.label }))}
        defaultValue={values?.timeZone ?? METROPOLITAN_TIME_ZONE}
        required
        error={errors.timeZone}
      />
      <TextAreaField
        label="Jours de fermeture propres (facultatif)"
        name="closedDays"
        rows={3}
        defaultValue={values?.closedDays.join('\n') ?? ''}
        hint="Une date par ligne, au format AAAA-MM-JJ : fêtes locales, ponts (par exemple 2026-05-27 pour l’abolition de l’esclavage en Martinique)."
        error={errors.closedDays}
      />
    </>
  );
}

export interface ContractValues {
  modules: string[];
  namedUserLimit: number;
  supportStartDate: string;
}

export function ContractFields({ values, errors }: { values?: ContractValues; errors: Readonly<Record<string, string>> }) {
  return (
    <>
      <ChoiceGroupField
        type="checkbox"
        legend="Modules du contrat"
        name="modules"
        choices={PRODUCT_MODULES.map((module) => ({ value: module, label: module }))}
        defaultValue={values ? values.modules : PRODUCT_MODULES}
        required
        error={errors.modules}
      />
      <Field
        label="Nombre d’utilisateurs nommés"
        name="namedUserLimit"
        type="number"
        min={1}
        inputMode="numeric"
        required
        defaultValue={values?.namedUserLimit ?? 10}
        hint="Les comptes actifs de la collectivité ne peuvent pas dépasser ce nombre."
        error={errors.namedUserLimit}
        className="max-w-xs"
      />
      <Field
        label="Début du support"
        name="supportStartDate"
        type="date"
        required
        defaultValue={values?.supportStartDate}
        hint="Les engagements de prise en charge se mesurent par périodes de 12 mois à partir de cette date."
        error={errors.supportStartDate}
        className="max-w-xs"
      />
    </>
  );
}
