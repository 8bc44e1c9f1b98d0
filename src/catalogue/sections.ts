/**
 * The sections of the function reference, in the order it prints them, with their titles. Each
 * is a folder of src/catalogue holding its functions' files; index.ts says which run of
 * functions sits in which.
 */
export const sectionTitles = {
  protocol: 'Protocol and network',
  mining: 'Mining economics',
  hosting: 'AI / HPC hosting and conversion',
  underwriting: 'Underwriting: AI/HPC lease financing',
  valuation: 'Valuation',
  fleet: 'Fleet: machines, production, GPUs and risk',
  data: 'Data: companies, machines, network history',
  units: 'Units',
} as const;

export type Section = keyof typeof sectionTitles;

export const sectionOrder = Object.keys(sectionTitles) as Section[];
