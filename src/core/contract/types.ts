/**
 * Shapes of the contract model (domain.md section 1; issue 6, "Contract model (sales)"): the
 * contract terms and license events the billing rules apply to, the invoice of a month, and the
 * Monte Carlo's plain, structured-cloneable input and per-replication results.
 * Money is integer cents; dates are 'YYYY-MM-DD' calendar dates; billing months are calendar months.
 */

/** One license type's terms in a contract. */
export interface LicenseTerms {
  /** A name such as "CRM", "Dialer Tab", "Dialer", "Flex Port"; unique within a contract. */
  type: string;
  /** Monthly price of one license, integer cents. */
  priceCents: number;
  /** Minimum license count during the term (0 for none). */
  floor: number;
  /** Licenses held on the start date; never below `floor`. */
  startCount: number;
  /** Most licenses the customer will buy (a budget or approval cap), at least `floor`; none when absent. */
  cap?: number;
}

/** What the billing rules need: a start date on the first of a month, a term, the license types. */
export interface ContractTerms {
  /** 'YYYY-MM-01': billing months are calendar months from here. */
  startDate: string;
  termMonths: number;
  licenses: LicenseTerms[];
}

/**
 * A change the customer asks for, on a date inside the term. `add` buys licenses (prorated that
 * month), `lower` reduces the total (effective from the next month: no credit), `hide` hides users
 * who hold a license of `type` (the total, and so the bill, stays until it is lowered).
 */
export interface LicenseEvent {
  kind: 'add' | 'lower' | 'hide';
  date: string;
  type: string;
  count: number;
}

export type RefusalCode = 'below-floor' | 'outside-term' | 'unknown-type' | 'bad-date' | 'bad-count';

/** A license event the platform refuses (data, not an exception: style.md habit 4). */
export interface Refusal {
  event: LicenseEvent;
  code: RefusalCode;
  /** The floor that refused a `lower`. */
  floor?: number;
  message: string;
}

export interface InvoiceLine {
  type: string;
  /** Licenses held at the start of the month: paid in full, whatever happens later in the month. */
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
}

export interface ProrationLine {
  date: string;
  type: string;
  count: number;
  /** Days left in the month counting the day of purchase, of `daysInMonth`. */
  days: number;
  daysInMonth: number;
  /** prorateCents of one license on `date`. */
  unitAmountCents: number;
  amountCents: number;
}

/** Licenses paid above need only because of the floor: already inside the month's lines, shown apart. */
export interface FloorTopUp {
  type: string;
  floor: number;
  need: number;
  quantity: number;
  amountCents: number;
}

/** Users hidden but still holding a license at the start of the month, and what they cost that month. */
export interface HiddenHolding {
  type: string;
  users: number;
  amountCents: number;
}

export interface MonthInvoice {
  /** 0 for the first month of the term. */
  monthIndex: number;
  /** 'YYYY-MM'. */
  month: string;
  lines: InvoiceLine[];
  prorations: ProrationLine[];
  floorTopUps: FloorTopUp[];
  hidden: HiddenHolding[];
  refusals: Refusal[];
  /** Licenses held at the end of the month, by type (the next month's quantities). */
  endCounts: Record<string, number>;
  /** Sum of the lines' and the prorations' amounts. */
  totalCents: number;
}

export interface ContractLedger {
  months: MonthInvoice[];
  /** Every refusal of the term, in date order (each also listed in its month). */
  refusals: Refusal[];
  totalCents: number;
}

/** How the need for one license type moves (monthly rates; hires and departures land on random days). */
export interface NeedPlan {
  type: string;
  /** Licenses needed on the start date. */
  startNeed: number;
  /** Trend growth per month, percent (−100 to 1000): 2 means +2 % a month, compounded. */
  growthPctPerMonth: number;
  /**
   * Uncertainty of that growth, percentage points (0 to 100; 0 when absent): each replication's
   * growth is growthPctPerMonth + growthSdPctPerMonth · Z, with one standard normal Z shared by
   * every type (the business does well or badly for the whole term, and its licenses move together).
   */
  growthSdPctPerMonth?: number;
  /** Share of the need leaving each month, percent (0 to 100); leavers are replaced by hires toward the trend. */
  churnPctPerMonth: number;
  /** 12 multipliers, January first, on the trend (seasonal staff); all 1 when absent. */
  seasonality?: number[];
}

/** The customer's headcount plan with its uncertainty, and how it buys. */
export interface HeadcountPlan {
  licenses: NeedPlan[];
  /** Days between a need appearing and the license being bought (0: the same day). */
  addLagDays: number;
}

/** One contract option compared: its own term and terms per license type (every type of the plan). */
export interface ContractOption {
  name: string;
  termMonths: number;
  licenses: LicenseTerms[];
}

/** Everything the contract Monte Carlo needs: plain data, structured-cloneable for a worker. */
export interface ContractInput {
  seed: string;
  /** 'YYYY-MM-01', shared by every option. */
  startDate: string;
  plan: HeadcountPlan;
  /** Two to four options in practice (one works); the first is the baseline of the differences. */
  options: ContractOption[];
}

/**
 * One replication, every option evaluated on the same drawn headcount (paired). Arrays are per
 * option o, except monthlyBillCents: option o's month j at [o * months + j], months = the longest
 * term (0 after an option's own term).
 */
export interface ContractReplication {
  index: number;
  months: number;
  totalCents: Float64Array;
  monthlyBillCents: Float64Array;
  /** Σ over months and types of licenses paid above need because of the floor. */
  shelfwareLicenseMonths: Float64Array;
  shelfwareCents: Float64Array;
  /** Months in which the floor held at least one type above need. */
  monthsAtFloor: Float64Array;
  /** Σ over days and types of users needing a license the pool did not have. */
  lockOutUserDays: Float64Array;
  /** Months with at least one user locked out. */
  lockOutMonths: Float64Array;
}

export interface Quantiles3 {
  p5: number;
  p50: number;
  p95: number;
}

export interface FanMonth {
  month: string;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  mean: number;
}

export interface OptionSummary {
  name: string;
  termMonths: number;
  /** Total contract value over the option's term, cents. */
  totalCents: Quantiles3 & { mean: number };
  /** Mean monthly bill over the term, cents (comparable across terms). */
  monthlyMeanCents: number;
  /** Monthly bill fan, cents, one entry per month of the option's term. */
  fan: FanMonth[];
  /** Licenses paid above need because of the floor, on average per month; its money over the term. */
  shelfware: { meanLicenses: number; meanCents: number; p95Cents: number };
  monthsAtFloor: { mean: number; p95: number };
  /** risk: share of replications with any lock-out; user-days and months are means. */
  lockOut: { risk: number; meanUserDays: number; meanMonths: number };
  /** Paired total minus the first option's, per replication, mean with a 95 % interval (cents); null for the first. */
  differenceVsFirst: { meanCents: number; loCents: number; hiCents: number } | null;
}

export interface ContractSummary {
  seed: string;
  replications: number;
  elapsedMs: number;
  startDate: string;
  options: OptionSummary[];
}
