import { contract } from '../../platform/http/contract.js';
import { importPackageResponse } from '../datapackage/contract.js';
import { demoEndpoints } from './endpoints.js';

export const demoContract = contract(demoEndpoints, {
  /** The demo is loaded as a data package is imported: the same summary. */
  loadDemo: { response: importPackageResponse },
});
