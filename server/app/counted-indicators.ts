/**
 * The counting definitions of every COUNTED indicator: each module that owns
 * records registers its own with the reports module's registry when loaded
 * here (the reports module names none of their tables). Count through this
 * file's exports, so that every definition is registered first.
 */
import '../modules/meetings/meeting.counted.js';
import '../modules/models/model.counted.js';
import '../modules/organizations/organization.counted.js';
import '../modules/oversight/oversight.counted.js';
import '../modules/petitions/petition.counted.js';
import '../modules/programs/program.counted.js';
import '../modules/tasks/task.counted.js';

export { countedCodes, countIndicators, isCounted } from '../modules/reports/counted/registry.js';
