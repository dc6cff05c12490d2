/** What a resilience run injected, checked and measured, printed at the end and counted by CI. */
export class Report {
  readonly checks: Array<{ scenario: string; name: string; ok: boolean; detail?: string }> = [];
  readonly faults: string[] = [];
  readonly figures: string[] = [];
  private scenario = '';

  begin(scenario: string) {
    this.scenario = scenario;
    console.log(`\n▶ ${scenario}`);
  }

  check(name: string, ok: boolean, detail?: string) {
    this.checks.push({ scenario: this.scenario, name, ok, detail });
    console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
  }

  fault(description: string) {
    this.faults.push(`${this.scenario} : ${description}`);
    console.log(`  ⚡ ${description}`);
  }

  figure(line: string) {
    this.figures.push(line);
    console.log(`  · ${line}`);
  }

  get passed(): number {
    return this.checks.filter((check) => check.ok).length;
  }

  get failed(): number {
    return this.checks.length - this.passed;
  }

  print() {
    console.log('\nRésilience — résumé');
    console.log(`Pannes injectées (${this.faults.length}) :`);
    for (const fault of this.faults) console.log(`  ⚡ ${fault}`);
    console.log('Vérifications :');
    let scenario = '';
    for (const check of this.checks) {
      if (check.scenario !== scenario) console.log(`  ${(scenario = check.scenario)}`);
      console.log(`    ${check.ok ? '✓' : '✗'} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`);
    }
    if (this.figures.length > 0) {
      console.log('Mesures :');
      for (const figure of this.figures) console.log(`  · ${figure}`);
    }
  }
}
