import { ReportLoading } from '@/components/reports/report-loading';

export default function Loading() {
  return <ReportLoading />;
}
