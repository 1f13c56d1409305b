/** Forms numbered from `from` up to (not including) `to`. */
export interface FormRange {
  readonly from: number;
  readonly to: number;
}
