/**
 * Fake group robots on 127.0.0.1: a Feishu custom bot (/open-apis/bot/v2/hook/<token>, signature in the
 * body), a DingTalk custom robot (/robot/send?access_token=…, signature in the query) and a WeCom group
 * robot (/cgi-bin/webhook/send?key=…, unsigned). Each checks the signature exactly as its platform
 * documents it, enforces its rate limit per robot with the platform's own "too fast" answer, and records
 * what it accepted.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Kind = 'feishu' | 'dingtalk' | 'wecom';

export interface Received {
  kind: Kind;
  robot: string;
  body: Record<string, unknown>;
}

interface Window {
  max: number;
  ms: number;
}

export class FakeRobots {
  readonly received: Received[] = [];
  readonly rejected: { kind: Kind; robot: string; code: number }[] = [];
  /** robot token/key → signing secret (absent: the robot does not sign). */
  readonly secrets = new Map<string, string>();
  /** The platforms' limits; tests may shorten the windows. */
  limits: Record<Kind, Window[]> = {
    feishu: [
      { max: 5, ms: 1000 },
      { max: 100, ms: 60_000 },
    ],
    dingtalk: [{ max: 20, ms: 60_000 }],
    wecom: [{ max: 20, ms: 60_000 }],
  };
  /** Robots (token/key) that take the message but never answer, like a connection lost on the way back. */
  readonly silent = new Set<string>();
  private readonly hits = new Map<string, number[]>();
  private server!: Server;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = this.answer(url, body);
      if ([...this.silent].some((robot) => url.pathname.endsWith(`/${robot}`) || url.search.includes(`=${robot}`)))
        return;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  feishuUrl(token: string): string {
    return `http://127.0.0.1:${this.port}/open-apis/bot/v2/hook/${token}`;
  }
  dingtalkUrl(token: string): string {
    return `http://127.0.0.1:${this.port}/robot/send?access_token=${token}`;
  }
  wecomUrl(key: string): string {
    return `http://127.0.0.1:${this.port}/cgi-bin/webhook/send?key=${key}`;
  }

  of(kind: Kind, robot?: string): Received[] {
    return this.received.filter((r) => r.kind === kind && (!robot || r.robot === robot));
  }

  private answer(url: URL, body: Record<string, unknown>): Record<string, unknown> {
    const hook = /^\/open-apis\/bot\/v2\/hook\/([\w-]+)$/.exec(url.pathname);
    if (hook) {
      const robot = hook[1]!;
      const secret = this.secrets.get(robot);
      if (secret) {
        const ts = Number(body.timestamp);
        const sign = createHmac('sha256', `${body.timestamp}\n${secret}`).update('').digest('base64');
        if (Math.abs(Date.now() / 1000 - ts) > 3600 || body.sign !== sign)
          return this.reject('feishu', robot, {
            code: 19021,
            msg: 'sign match fail or timestamp is not within one hour from current time',
          });
      }
      if (!this.allow('feishu', robot)) return this.reject('feishu', robot, { code: 11232, msg: 'frequency limited' });
      this.received.push({ kind: 'feishu', robot, body });
      return { code: 0, msg: 'success', data: {} };
    }
    if (url.pathname === '/robot/send') {
      const robot = url.searchParams.get('access_token') ?? '';
      const secret = this.secrets.get(robot);
      if (secret) {
        const ts = url.searchParams.get('timestamp') ?? '';
        const sign = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
        if (Math.abs(Date.now() - Number(ts)) > 3600_000 || url.searchParams.get('sign') !== sign)
          return this.reject('dingtalk', robot, { errcode: 310000, errmsg: 'sign not match' });
      }
      if (!this.allow('dingtalk', robot))
        return this.reject('dingtalk', robot, { errcode: 130101, errmsg: 'send too fast' });
      this.received.push({ kind: 'dingtalk', robot, body });
      return { errcode: 0, errmsg: 'ok' };
    }
    if (url.pathname === '/cgi-bin/webhook/send') {
      const robot = url.searchParams.get('key') ?? '';
      if (robot.startsWith('bad'))
        return this.reject('wecom', robot, { errcode: 93000, errmsg: 'invalid webhook url' });
      if (!this.allow('wecom', robot))
        return this.reject('wecom', robot, { errcode: 45009, errmsg: 'api freq out of limit' });
      this.received.push({ kind: 'wecom', robot, body });
      return { errcode: 0, errmsg: 'ok' };
    }
    return { errcode: 404, errmsg: 'no such robot' };
  }

  private reject(kind: Kind, robot: string, answer: { code?: number; errcode?: number } & Record<string, unknown>) {
    this.rejected.push({ kind, robot, code: Number(answer.code ?? answer.errcode) });
    return answer;
  }

  /** Counts a message against every window of the robot's limit; false when one is full. */
  private allow(kind: Kind, robot: string): boolean {
    const now = Date.now();
    const times = (this.hits.get(robot) ?? []).filter((t) => t > now - 60_000);
    if (this.limits[kind].some((w) => times.filter((t) => t > now - w.ms).length >= w.max)) return false;
    times.push(now);
    this.hits.set(robot, times);
    return true;
  }
}
