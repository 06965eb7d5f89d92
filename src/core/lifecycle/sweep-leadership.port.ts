/**
 * Which server instance runs the deadline sweeper. Several instances may serve one database;
 * exactly one of them, the leader, sweeps at a time, and another takes over when it dies.
 */
export interface SweepLeadership {
  /**
   * Asked before each sweep: takes the leadership when no instance holds it, or checks that this
   * instance still does. True while this instance leads. Never throws: an unreachable database
   * means "not the leader" now, and the next call tries again.
   */
  lead(): Promise<boolean>;
  /**
   * What this instance last knew, without asking the database: false as soon as the leadership is
   * known lost (e.g. its connection closed), so a sweep under way stops recording expiries.
   */
  leading(): boolean;
  /** Gives the leadership up (at shutdown), so that another instance takes it at its next try. */
  release(): Promise<void>;
}
