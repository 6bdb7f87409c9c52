import type { FieldKey } from './types.ts';

/**
 * Header names that real call-record exports use for each field, normalised (`normalizeName`).
 * `names` are whole names (a strong hint); `words` are single words that hint when they appear in a
 * longer name ("q_start" → start), weaker. Value checks in `proposeMapping` settle ambiguous names.
 */
export const HEADER_SYNONYMS: Readonly<Record<FieldKey, { names: readonly string[]; words: readonly string[] }>> = {
  start: {
    names: [
      'start', 'start time', 'call start', 'call start time', 'started', 'started at', 'start date',
      'start datetime', 'start date time', 'start timestamp', 'begin', 'begin time', 'timestamp',
      'datetime', 'date time', 'call datetime', 'call date time', 'call time', 'time', 'ser start',
      'created', 'created at', 'created date', 'activity date', 'activity time',
    ],
    words: ['start', 'started', 'begin', 'timestamp', 'datetime'],
  },
  date: {
    names: ['date', 'call date', 'day', 'start date', 'activity date', 'created date'],
    words: ['date'],
  },
  end: {
    names: [
      'end', 'end time', 'ended', 'ended at', 'end date', 'end datetime', 'end date time', 'call end',
      'call end time', 'hangup', 'hangup time', 'hang up', 'hang up time', 'hung up', 'ser exit', 'stop',
      'stop time', 'stopped', 'finish', 'finished', 'finished at', 'completed at',
    ],
    words: ['end', 'ended', 'hangup', 'exit', 'stop', 'finish', 'finished'],
  },
  duration: {
    names: [
      'duration', 'length', 'talk time', 'seconds', 'secs', 'duration sec', 'duration secs',
      'duration seconds', 'duration s', 'duration min', 'duration mins', 'duration minutes',
      'duration m', 'duration hms', 'call duration', 'call length', 'call duration sec',
      'call duration seconds', 'talk time sec', 'talk time seconds', 'talk time min', 'ser time',
      'handle time', 'elapsed', 'elapsed time',
    ],
    words: ['duration', 'length', 'talk', 'seconds', 'secs'],
  },
  type: {
    names: ['type', 'activity', 'activity type', 'call type', 'kind', 'category', 'call kind', 'event', 'event type'],
    words: ['type', 'activity', 'disposition'],
  },
  direction: {
    names: ['direction', 'call direction', 'inbound outbound', 'in out', 'inbound', 'outbound', 'dir'],
    words: ['direction'],
  },
  user: {
    names: [
      'user', 'agent', 'rep', 'owner', 'employee', 'server', 'user name', 'username', 'user id',
      'agent name', 'agent id', 'rep name', 'sales rep', 'employee name', 'employee id', 'owner name',
      'caller', 'salesperson',
    ],
    words: ['user', 'agent', 'rep', 'owner', 'employee', 'server', 'username'],
  },
  recorded: {
    names: ['recorded', 'recording', 'is recorded', 'was recorded', 'has recording', 'call recorded'],
    words: ['recorded'],
  },
  recordingBytes: {
    names: [
      'recording size', 'recording bytes', 'recording size bytes', 'recording kb', 'recording size kb',
      'recording mb', 'recording size mb', 'bytes', 'size', 'size bytes', 'file size',
    ],
    words: ['bytes', 'size', 'kb'],
  },
  cost: {
    names: ['cost', 'charge', 'charges', 'amount', 'price', 'call cost', 'cost cents', 'total cost', 'fee'],
    words: ['cost', 'charge', 'amount', 'price'],
  },
  billableMinutes: {
    names: [
      'billable minutes', 'billed minutes', 'billable min', 'billed min', 'billable mins', 'billed mins',
      'minutes billed', 'billing minutes',
    ],
    words: ['billable', 'billed'],
  },
  callId: {
    names: ['call id', 'id', 'callid', 'call sid', 'call uuid', 'uuid', 'record id'],
    words: ['id', 'callid'],
  },
};
