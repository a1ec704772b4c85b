/**
 * The services command handlers call, behind one facade: each a small class over the store.
 * Handlers never see SQL; services never see a platform, and return data, not wording. A facade belongs
 * to one workspace: it sees the library's plans and that workspace's own (see `for`).
 */
import { today, type Clock } from '../clock.js';
import type { ThemeDay } from '../calendar/catalog.js';
import type { Db } from '../store/db.js';
import { DeadlineService } from './deadlines.js';
import { DigestService } from './digest.js';
import { ImportService } from './imports.js';
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
  readonly imports: ImportService;
  readonly webhooks: WebhookService;

  constructor(
    private readonly db: Db,
    readonly clock: Clock,
    private readonly catalog: readonly ThemeDay[],
    /** The workspace whose plans (besides the library) this facade sees. */
    readonly workspace = 'console',
    imports?: ImportService,
  ) {
    this.plans = new PlanService(db, workspace);
    this.themes = new ThemeService(db, catalog);
    this.tasks = new TaskService(db, workspace, this.themes);
    this.targets = new TargetService(db, workspace);
    this.units = new UnitService(db, workspace);
    this.deadlines = new DeadlineService(db, clock, workspace);
    this.subscriptions = new SubscriptionService(db, clock);
    this.digests = new DigestService(this.themes, (ws) => (ws === workspace ? this.deadlines : this.for(ws).deadlines));
    this.imports = imports ?? new ImportService(db, clock, catalog);
    this.webhooks = new WebhookService(db, clock);
  }

  /** The same services seen from another workspace (pending imports are shared). */
  for(workspace: string): Services {
    return workspace === this.workspace
      ? this
      : new Services(this.db, this.clock, this.catalog, workspace, this.imports);
  }

  /**
   * Names close to what was typed, for "你是不是要找…": unit names, plan regions and theme-day names that
   * share most of its characters (教委 → 市教委 …), best first.
   */
  suggest(workspace: string, typed: string, limit = 3): string[] {
    const want = [...new Set(typed.replace(/\s/g, ''))];
    if (want.length === 0) return [];
    // Only names sharing at least half of the characters can score enough: the store returns those alone.
    const names = new Set([
      ...this.units.sharing(want, 1000),
      ...this.plans.sharing(want),
      ...this.themes.days(workspace).map((d) => d.nameZh),
    ]);
    names.delete(typed);
    return [...names]
      .map((name) => {
        const shared = want.filter((c) => name.includes(c)).length;
        return { name, score: shared / want.length - name.length / 1000 };
      })
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((s) => s.name);
  }

  /** Today's date (YYYY-MM-DD) in the clock's time zone. */
  today(): string {
    return today(this.clock);
  }
}
