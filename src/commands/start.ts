// Placeholder: replaced by the issue that builds `kg start`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('start').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('start is not built yet');
  });
}
