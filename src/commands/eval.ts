// Placeholder: replaced by the issue that builds `kg eval`.
import type { Command } from 'commander';
import { UserError } from '../util/errors.ts';

export function register(program: Command): void {
  program.command('eval').description('(not built yet)').allowUnknownOption().action(() => {
    throw new UserError('eval is not built yet');
  });
}
