/** Failure of a post to a channel, as adapters report it to the digest scheduler. */
export class DeliveryError extends Error {
  /**
   * @param code platform error code (e.g. 'not_in_channel', 'Missing Access', 'channel_not_found')
   * @param permanent retrying will not help until an admin acts (channel gone, permission lost)
   */
  constructor(readonly code: string, readonly permanent: boolean, message?: string) {
    super(message ?? code);
  }
}
