import type { Answers } from '../../src/answers/answers.js';

/** A realistic, complete set of answers. */
export const FULL_ANSWERS: Answers = {
  name: 'Dark mode',
  owner: 'Ada Lovelace',
  purpose:
    'Let people read at night without glare: the app follows the operating system theme and remembers an explicit choice per device, across sessions.',
  requirements: [
    'The app follows the OS colour scheme on first start',
    'A toggle in Settings overrides the OS scheme and the choice survives restarts, sign-outs and updates of the app on every supported platform',
    'Users & Groups pages keep a contrast ratio of at least 4.5:1',
  ],
  stories: ['As a night-shift nurse, I want a dark screen so that I do not wake patients'],
  phases: [
    { name: 'Design', tasks: ['Colour tokens for both themes', 'Contrast audit'] },
    { name: 'Build', tasks: ['Theme provider', 'Settings toggle'] },
  ],
  milestones: [
    { name: 'Public beta', date: '2027-01-15' },
    { name: 'Design sign-off', date: '2026-12-10' },
  ],
};

/** Only the required answers. */
export const MINIMAL_ANSWERS: Answers = {
  name: 'Export to CSV',
  owner: 'Grace Hopper',
  purpose: '',
  requirements: [],
  stories: [],
  phases: [],
  milestones: [],
};
