import { prepareDatabase } from './prepare-database';

// `npm run db:seed`: the only way demo data reaches a production database.
prepareDatabase({ seed: 'always' })
  .then((message) => console.log(message))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
