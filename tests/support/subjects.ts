/** Two people and a statement of theirs, as YAML: the subjects the domain's unit tests build on. */
export const people = `
- id: ban-ki-moon
  name: Ban Ki-moon
  description: UN Secretary-General.
  group: United Nations
- id: john-kerry
  name: John Kerry
  description: US Secretary of State.
  group: United States government
`;
export const statements = `
- id: ban-condemns
  label: Ban condemns the action
  speaker: ban-ki-moon
  date: "2014-07-20"
  summary: Ban condemns the deaths.
  mode: quoted
`;
