// Local ESLint rules for the house's boundaries (STYLE.md). No published rule knows the
// 'use client' directive, so this one reads it: a module that runs in the browser must not
// import the server layer, the database or the server-side auth module.

const SERVER_ONLY = [/^@\/lib\/server(\/|$)/, /^@\/db(\/|$)/, /^@\/lib\/auth\//, /^@\/lib\/env$/, /^server-only$/, /^postgres$/, /^@electric-sql\//];

function isClientModule(program) {
  return program.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
}

const clientBoundary = {
  meta: {
    type: 'problem',
    docs: { description: "A 'use client' module never imports lib/server, db or server-side auth." },
    messages: {
      serverImport:
        "« {{source}} » est du code serveur : un module 'use client' ne l’importe pas. Ce que les deux côtés partagent (type d’état d’une action, liste de valeurs) vit dans un module pur de lib/ ; l’action arrive en prop.",
    },
    schema: [],
  },
  create(context) {
    if (!isClientModule(context.sourceCode.ast)) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      // A type import is erased: it never reaches the browser bundle.
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      if (SERVER_ONLY.some((pattern) => pattern.test(source))) context.report({ node, messageId: 'serverImport', data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const boundaries = { meta: { name: 'guichet' }, rules: { 'client-boundary': clientBoundary } };
