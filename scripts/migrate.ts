import { prepareDatabase } from './prepare-database';

prepareDatabase({ seed: 'never' })
  .then((message) => console.log(message))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
