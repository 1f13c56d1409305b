import { createEmbeddedStore } from '../../src/store/embedded/index.js';
import { describeGraphStoreContract } from './graph-store.contract.js';

describeGraphStoreContract('embedded', async () => createEmbeddedStore());
