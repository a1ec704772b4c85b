/** The command set, in the order help lists it. Adapters register exactly these. */
import type { CommandDef } from '../src/dispatch/types.js';
import { help } from './help.js';
import { ask } from './ask.js';
import { plans } from './plans.js';
import { plan } from './plan.js';
import { planImport } from './plan-import.js';
import { planRemove } from './plan-remove.js';
import { planRestore } from './plan-restore.js';
import { tasks } from './tasks.js';
import { task } from './task.js';
import { targets } from './targets.js';
import { deadlines } from './deadlines.js';
import { units } from './units.js';
import { unit } from './unit.js';
import { themedays } from './themedays.js';
import { themedayShow } from './themeday-show.js';
import { themedaySet } from './themeday-set.js';
import { themedayNote } from './themeday-note.js';
import { themedayAdd } from './themeday-add.js';
import { digestSubscribe } from './digest-subscribe.js';
import { digestUnsubscribe } from './digest-unsubscribe.js';
import { digestSettings } from './digest-settings.js';
import { digestPreview } from './digest-preview.js';
import { digestSendNow } from './digest-send-now.js';
import { calendar } from './calendar.js';

export function allCommands(): CommandDef[] {
  return [
    help,
    ask,
    plans,
    plan,
    planImport,
    planRemove,
    planRestore,
    tasks,
    task,
    targets,
    deadlines,
    units,
    unit,
    themedays,
    themedayShow,
    themedaySet,
    themedayNote,
    themedayAdd,
    calendar,
    digestPreview,
    digestSubscribe,
    digestSettings,
    digestUnsubscribe,
    digestSendNow,
  ];
}
