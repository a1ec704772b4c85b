/** Block Kit rendering within Slack's limits, and the app manifest. */
import { describe, expect, it } from 'vitest';
import { LIMITS, renderBlocks } from '../src/adapters/slack/render.js';
import { slackManifest } from '../src/adapters/slack/manifest.js';
import type { Reply } from '../src/reply.js';

type Block = {
  type: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: { type: string; action_id?: string; value?: string; text: unknown }[];
};
const render = (reply: Reply) => renderBlocks(reply, 'zh-CN') as unknown as { text: string; blocks: Block[] };
const next = { name: 'tasks', args: { query: '科普', page: 2 } };

describe('renderBlocks', () => {
  it('packs short sections into shared blocks: 80 sections lose nothing', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({ body: `第 ${i} 段` }));
    const { blocks } = render({ title: 't', sections, footer: 'f', paging: { page: 1, pages: 2, next } });
    expect(blocks.length).toBeLessThan(LIMITS.blocks);
    const text = JSON.stringify(blocks);
    for (let i = 0; i < 80; i++) expect(text).toContain(`第 ${i} 段`);
  });

  it('keeps at most 50 blocks, ending with an ellipsis, the footer and the buttons', () => {
    const sections = Array.from({ length: 80 }, (_, i) => ({
      body: `第 ${i} 段`,
      fields: [{ name: 'n', value: 'v' }],
    }));
    const { blocks } = render({ title: 't', sections, footer: 'f', paging: { page: 1, pages: 2, next } });
    expect(blocks).toHaveLength(LIMITS.blocks);
    expect(blocks.slice(-3).map((b) => b.type)).toEqual(['context', 'context', 'actions']);
    expect(blocks.at(-3)!.elements![0]).toEqual({ type: 'mrkdwn', text: '…' });
  });

  it('clips the header to 150 characters and texts to 3000', () => {
    const { blocks, text } = render({ title: '题'.repeat(400), text: '字'.repeat(5000) });
    expect(blocks[0]!.text!.text).toHaveLength(150);
    expect(blocks[0]!.text!.type).toBe('plain_text');
    expect(blocks[1]!.text!.text).toHaveLength(3000);
    expect(blocks[1]!.text!.text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(3000);
  });

  it('puts at most 10 fields in a section, each at most 2000 characters', () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`, value: i === 0 ? 'x'.repeat(2500) : 'v' }));
    const { blocks } = render({ title: 't', sections: [{ title: '结果', fields }] });
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => s.fields?.length)).toEqual([10, 10, 5]);
    expect(sections[0]!.text!.text).toBe('*结果*');
    expect(sections[0]!.fields![0]!.text).toHaveLength(2000);
    expect(sections[1]!.fields![0]!.text).toBe('*f10*\nv');
  });

  it('escapes &, < and > in every user text but not in the plain-text header', () => {
    const { blocks, text } = render({
      title: 'A<B>',
      text: '<@U1> & <!channel>',
      sections: [{ title: '<t>', body: 'a&b', fields: [{ name: '<n>', value: '<v>' }] }],
      footer: '<f>',
    });
    const json = JSON.stringify(blocks.slice(1));
    expect(json).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    expect(blocks[0]!.text!.text).toBe('A<B>');
    expect(text).toBe('A&lt;B&gt;\n&lt;@U1&gt; &amp; &lt;!channel&gt;');
  });

  it('makes paging and related buttons whose value is the command in text syntax, leaving out one that does not fit', () => {
    const { blocks } = render({
      title: 't',
      paging: { page: 2, pages: 3, prev: { name: 'tasks', args: { query: '科普', page: 1 } }, next },
      related: [
        { label: '单位', invocation: { name: 'unit', args: { name: '区 科协' } } },
        { label: '太长', invocation: { name: 'tasks', args: { query: 'x'.repeat(2100) } } },
      ],
    });
    const buttons = blocks.find((b) => b.type === 'actions')!.elements!;
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['kepu_page_prev', '/tasks query:科普 page:1'],
      ['kepu_page_next', '/tasks query:科普 page:2'],
      ['kepu_related_0', '/unit name:"区 科协"'],
    ]);
    expect(buttons[0]!.text).toEqual({ type: 'plain_text', text: '◀ 上一页', emoji: true });
  });

  it('labels the buttons in the caller language', () => {
    const { blocks } = renderBlocks({ title: 't', paging: { page: 1, pages: 2, next } }, 'en') as unknown as {
      blocks: Block[];
    };
    expect(blocks.at(-1)!.elements![0]!.text).toMatchObject({ text: 'Next ▶' });
  });
});

describe('slackManifest', () => {
  it('declares /kepu, the bot scopes and HTTP request URLs', () => {
    const m = slackManifest({ requestUrl: 'https://bot.example.cn/slack/events', socketMode: false });
    expect(m.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/kepu', url: 'https://bot.example.cn/slack/events' }),
    ]);
    expect(m.features.slash_commands[0]!.description).toMatch(/[\u4e00-\u9fff]/);
    expect(m.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'users:read',
      'files:read',
      'files:write',
      'app_mentions:read',
    ]);
    expect(m.settings).toMatchObject({
      interactivity: { is_enabled: true, request_url: 'https://bot.example.cn/slack/events' },
      socket_mode_enabled: false,
    });
  });

  it('has no request URLs in Socket Mode', () => {
    const m = slackManifest({ socketMode: true });
    expect(JSON.stringify(m)).not.toContain('http');
    expect(m.settings.socket_mode_enabled).toBe(true);
  });
});
