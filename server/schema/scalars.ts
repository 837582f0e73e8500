import { builder } from '../builder.js';
import { invalidInput } from './globalId.js';

builder.scalarType('Date', {
  description: 'A calendar day written YYYY-MM-DD (ISO 8601), e.g. "2022-12-23".',
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: (value) => {
    const date =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T00:00:00Z`)
        : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      // The value is not repeated: it may be huge or hostile.
      throw invalidInput('expected a date written YYYY-MM-DD, such as "2022-12-23"');
    }
    return date;
  },
});

builder.scalarType('Decimal', {
  description: 'An exact decimal number sent as a string (e.g. "3400000000"), never a float.',
  serialize: (value) => (typeof value === 'string' ? value : value.toFixed()),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) {
      throw invalidInput('expected a decimal number as a string, such as "3400000000"');
    }
    return value;
  },
});
