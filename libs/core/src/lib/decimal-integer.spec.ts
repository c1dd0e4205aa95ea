import { plainToInstance } from 'class-transformer';
import { IsInt, validateSync } from 'class-validator';
import { DecimalInteger } from './decimal-integer';

class Query {
  @DecimalInteger()
  @IsInt()
  limit!: number;
}

describe('DecimalInteger', () => {
  const read = (limit: unknown) => {
    const query = plainToInstance(Query, { limit });
    return { value: query.limit, valid: validateSync(query).length === 0 };
  };

  it.each(['16', '+16', '-3', '007'])('reads %j as a number', (text) => {
    expect(read(text)).toEqual({ value: Number(text), valid: true });
  });

  it.each(['0x10', '1e1', '0b1', '0o7', ' 16', '16 ', '', '1.5', 'Infinity', '9'.repeat(40)])(
    'leaves %j a string, which fails @IsInt',
    (text) => {
      expect(read(text)).toEqual({ value: text, valid: false });
    },
  );
});
