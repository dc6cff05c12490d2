import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import type { StrengthEstimate } from './password-policy';

// Built on first use: the dictionaries weigh a few hundred kilobytes. The browser loads this
// module with a dynamic import() only once someone types a password.
let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: fr.translations,
  });
  return factory;
}

/** zxcvbn's estimate, with the share of the password that is a known common password. */
export function estimatePasswordStrength(password: string, userInputs: string[] = []): StrengthEstimate {
  if (!password) return { score: 0, commonShare: 0, warning: null };
  const result = zxcvbn().check(password.slice(0, 128), userInputs);
  const commonLength = result.sequence
    .filter((match) => match.pattern === 'dictionary' && 'dictionaryName' in match && match.dictionaryName === 'passwords-common')
    .reduce((total, match) => total + match.token.length, 0);
  return { score: result.score, commonShare: commonLength / password.length, warning: result.feedback.warning };
}
