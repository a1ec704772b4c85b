/**
 * The services command handlers call, behind one facade: each a small class over the store.
 * Handlers never see SQL; services never see a platform, and return data, not wording.
 */
import { today, type Clock } from '../clock.js';
import type { ThemeDay } from '../calendar/catalog.js';
import type { Db } from '../store/db.js';
import { DeadlineService } from './deadlines.js';
import { DigestService } from './digest.js';
import { PlanService } from './plans.js';
import { SubscriptionService } from './subscriptions.js';
import { TargetService } from './targets.js';
import { TaskService } from './tasks.js';
import { ThemeService } from './themes.js';
import { UnitService } from './units.js';
import { WebhookService } from './webhooks.js';

export class Services {
  readonly plans: PlanService;
  readonly tasks: TaskService;
  readonly targets: TargetService;
  readonly units: UnitService;
  readonly deadlines: DeadlineService;
  readonly themes: ThemeService;
  readonly subscriptions: SubscriptionService;
  readonly digests: DigestService;
  readonly webhooks: WebhookService;

  constructor(
    db: Db,
    readonly clock: Clock,
    catalog: readonly ThemeDay[],
  ) {
    this.plans = new PlanService(db);
    this.tasks = new TaskService(db);
    this.targets = new TargetService(db);
    this.units = new UnitService(db);
    this.deadlines = new DeadlineService(db, clock);
    this.themes = new ThemeService(db, catalog);
    this.subscriptions = new SubscriptionService(db, clock);
    this.digests = new DigestService(this.themes, this.deadlines);
    this.webhooks = new WebhookService(db, clock);
  }

  /** Today's date (YYYY-MM-DD) in the clock's time zone. */
  today(): string {
    return today(this.clock);
  }
}
