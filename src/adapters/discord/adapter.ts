/**
 * The Discord adapter: slash commands, autocomplete and buttons through a discord.js Client (gateway,
 * Guilds intent only), digests posted to channels through the REST API. Work that takes longer than
 * 1.5 s is deferred, so Discord's 3-second limit is never missed.
 */
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  OAuth2Scopes,
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import { createHash } from 'node:crypto';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Caller, CommandDef, IncomingFile } from '../../dispatch/types.js';
import { DeliveryError, type Invocation, type PostTarget, type Reply } from '../../reply.js';
import { toLocale } from '../../i18n.js';
import { log } from '../../log.js';
import type { Adapter } from '../adapter.js';
import { clip, download, InFlight, within } from '../shared.js';
import { BARE_SUB, discordCommands } from './definitions.js';
import { renderMessage } from './render.js';

export interface DiscordOptions {
  token: string;
  applicationId: string;
  /** API base, e.g. http://127.0.0.1:PORT/api for a fake Discord (the gateway URL comes from /gateway/bot). */
  apiUrl?: string;
  /** How long a handler may run before the interaction is deferred. */
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight. */
  stopAfterMs?: number;
}

/** A digest post (with the REST client's own retries) gives up after this; the scheduler retries later, same nonce. */
const POST_TIMEOUT_MS = 30_000;
/** An answer to an interaction (with a file, an upload) gives up after this. */
const REPLY_MS = 30_000;
/** Discord errors after which posting to the channel cannot work until an admin acts. */
const PERMANENT_CODES = new Set([10003, 50001, 50013, 10004]);
/** Discord's limits on autocomplete: 25 choices, 100 characters a name or value. */
const CHOICES = 25;
const CHOICE_LENGTH = 100;

/** Permissions the bot needs: see channels, post, embed. */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
]);

/** Discord nonces are at most 25 characters: a digest of the key. */
export function nonceOf(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 25);
}

export function inviteUrl(applicationId: string): string {
  const scope = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' ');
  const params = new URLSearchParams({
    client_id: applicationId,
    scope,
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}

/** Registers the command set: in one guild (immediate) or globally. Returns how many commands were sent. */
export async function registerCommands(o: {
  token: string;
  applicationId: string;
  apiUrl?: string;
  guildId?: string;
  commands: CommandDef[];
}): Promise<number> {
  const body = discordCommands(o.commands);
  const route = o.guildId
    ? Routes.applicationGuildCommands(o.applicationId, o.guildId)
    : Routes.applicationCommands(o.applicationId);
  await new REST(o.apiUrl ? { api: o.apiUrl } : {}).setToken(o.token).put(route, { body });
  return body.length;
}

/** The command a slash command and subcommand stand for (the group's bare command is its `show` subcommand). */
function commandName(dispatcher: Dispatcher, name: string, sub: string | null): string {
  if (!sub) return name;
  return sub === BARE_SUB && !dispatcher.commands.has(`${name} ${sub}`) ? name : `${name} ${sub}`;
}

/** The invocation a slash command stands for: `digest subscribe` with its options as args. */
function invocationOf(dispatcher: Dispatcher, i: ChatInputCommandInteraction): Invocation {
  const sub = i.options.getSubcommand(false);
  const args: Invocation['args'] = {};
  const opts = sub ? (i.options.data[0]?.options ?? []) : i.options.data;
  for (const o of opts) if (o.value !== undefined) args[o.name] = o.value as string | number | boolean;
  return { name: commandName(dispatcher, i.commandName, sub), args };
}

/** The file attached to a slash command, downloaded from its URL when the handler reads it. */
function attachmentOf(i: ChatInputCommandInteraction): IncomingFile | undefined {
  const sub = i.options.getSubcommand(false);
  const opts = sub ? (i.options.data[0]?.options ?? []) : i.options.data;
  const a = opts.find((o) => o.type === ApplicationCommandOptionType.Attachment)?.attachment;
  return a ? { name: a.name, size: a.size, read: (max) => download(a.url, max) } : undefined;
}

/** A reply's file as an attachment of the interaction's answer. */
function filesOf(reply: Reply): { files?: AttachmentBuilder[] } {
  return reply.file ? { files: [new AttachmentBuilder(Buffer.from(reply.file.data), { name: reply.file.name })] } : {};
}

function callerOf(i: Interaction): Caller {
  return {
    platform: 'discord',
    workspace: i.guildId ?? `dm:${i.user.id}`,
    channel: i.channelId ?? '',
    user: i.user.id,
    locale: toLocale(i.locale),
    isAdmin: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

export class DiscordAdapter implements Adapter {
  readonly platform = 'discord';
  readonly idempotent = true;
  readonly client: Client;
  private dispatcher: Dispatcher | undefined;
  private readonly inFlight = new InFlight();
  private readonly commandIds = new Map<string, string>();

  constructor(private readonly o: DiscordOptions) {
    this.client = new Client({ intents: [GatewayIntentBits.Guilds], rest: o.apiUrl ? { api: o.apiUrl } : {} });
  }

  async start(dispatcher: Dispatcher): Promise<void> {
    this.dispatcher = dispatcher;
    this.client.on(Events.InteractionCreate, (i) =>
      this.inFlight.track(`discord interaction ${i.id}`, () => this.handle(i)),
    );
    this.client.on(Events.ShardResume, (shard) => log.info({ shard }, 'discord gateway resumed'));
    this.client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.o.token);
    await ready;
    log.info({ user: this.client.user?.tag }, 'discord connected');
    // Ids of the registered commands, for clickable mentions in hints; without them hints stay typed.
    try {
      const registered = await this.client.application?.commands.fetch();
      for (const c of registered?.values() ?? []) this.commandIds.set(c.name, c.id);
    } catch (err) {
      log.warn({ err }, 'discord command ids not available; hints are shown as typed');
    }
  }

  async stop(): Promise<void> {
    await this.inFlight.drain(this.o.stopAfterMs ?? 5000);
    await this.client.destroy();
  }

  /** With a key, the message carries a nonce Discord enforces: a retry within minutes returns the message already created. */
  post(target: PostTarget, reply: Reply, options: { key?: string } = {}): Promise<void> {
    return this.send(target.channel, reply, options.key);
  }

  async notify(target: { workspace: string; user: string }, reply: Reply): Promise<void> {
    const dm = (await this.client.rest.post(Routes.userChannels(), { body: { recipient_id: target.user } })) as {
      id: string;
    };
    await this.send(dm.id, reply);
  }

  private async handle(i: Interaction): Promise<void> {
    const dispatcher = this.dispatcher!;
    if (i.isAutocomplete()) await this.complete(i, dispatcher);
    else if (i.isChatInputCommand()) {
      const caller = { ...callerOf(i), file: attachmentOf(i) };
      await this.answer(i, dispatcher.run(invocationOf(dispatcher, i), caller), false);
    } else if (i.isButton()) await this.answer(i, dispatcher.runText(i.customId, callerOf(i)), true);
  }

  private async complete(i: AutocompleteInteraction, dispatcher: Dispatcher): Promise<void> {
    const focused = i.options.getFocused(true);
    const sub = i.options.getSubcommand(false);
    const name = commandName(dispatcher, i.commandName, sub);
    const choices = dispatcher
      .complete(name, focused.name, String(focused.value), callerOf(i))
      .filter((c) => c.value.length <= CHOICE_LENGTH)
      .slice(0, CHOICES);
    await i.respond(choices.map((c) => ({ name: clip(c.label, CHOICE_LENGTH), value: c.value })));
  }

  /** Sends the reply; defers the interaction when the answer is not ready in time. */
  private async answer(
    i: ChatInputCommandInteraction | ButtonInteraction,
    work: Promise<Reply>,
    button: boolean,
  ): Promise<void> {
    const deferAfter = this.o.deferAfterMs ?? 1500;
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), deferAfter).unref());
    const locale = callerOf(i).locale;
    // A button answers the person who clicked: their own ephemeral message may change, a shared one never.
    const own = button && (i as ButtonInteraction).message.flags.has(MessageFlags.Ephemeral);
    let reply = await Promise.race([work, timer]);
    if (reply === 'late') {
      if (own) await (i as ButtonInteraction).deferUpdate();
      else await i.deferReply(button ? { flags: MessageFlags.Ephemeral } : {});
      reply = await work;
      const message = renderMessage(reply, locale, this.commandIds);
      await within(
        REPLY_MS,
        'discord reply',
        i.editReply({ embeds: message.embeds, components: message.components, ...filesOf(reply) }),
      );
      return;
    }
    const message = renderMessage(reply, locale, this.commandIds);
    const body = { embeds: message.embeds, components: message.components, ...filesOf(reply) };
    if (own && !reply.error) await within(REPLY_MS, 'discord reply', (i as ButtonInteraction).update(body));
    else await within(REPLY_MS, 'discord reply', i.reply({ ...body, flags: button ? 64 : message.flags }));
  }

  private async send(channel: string, reply: Reply, key?: string): Promise<void> {
    const { embeds, components } = renderMessage(reply, reply.locale ?? 'zh-CN', this.commandIds);
    const nonce = key ? { nonce: nonceOf(key), enforce_nonce: true } : {};
    try {
      const create = this.client.rest.post(Routes.channelMessages(channel), { body: { embeds, components, ...nonce } });
      await within(POST_TIMEOUT_MS, 'discord post', create);
    } catch (err) {
      if (err instanceof DiscordAPIError) {
        const permanent = PERMANENT_CODES.has(Number(err.code)) || err.status === 403 || err.status === 404;
        throw new DeliveryError(String(err.code), permanent, err.message);
      }
      throw new DeliveryError((err as Error).name ?? 'error', false, (err as Error).message);
    }
  }
}
