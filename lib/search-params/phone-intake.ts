import { uuid } from './param-codecs';
import { defineSearchParams } from './search-params';

/** §16: `/console/demandes/nouvelle?collectivite=…`, the caller's organization chosen first. */
export const phoneIntakeSearch = defineSearchParams({ organizationId: uuid().named('collectivite') });
