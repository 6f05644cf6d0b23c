// Texts of the pages' scripts, Vietnamese first; the page's <html lang> chooses.
import { lang } from './api.js';

export { lang };

const vi = {
  accept: 'Chấp nhận báo cáo', agencies: 'Các đơn vị', agency: 'Mã đơn vị', 'agency.name': 'Tên đơn vị',
  'c.expected': 'Đơn vị phải báo cáo', 'c.late': 'Nộp trễ hạn', 'c.missing': 'Chưa nộp', 'c.onTime': 'Nộp đúng hạn', 'c.submitted': 'Đã nộp',
  'chart.across': 'Chỉ tiêu qua các kỳ', 'chart.completeness': 'Số đơn vị đã nộp theo thời gian', charts: 'Biểu đồ',
  completeness: 'Mức độ hoàn thành', 'completeness.label': 'Đã nộp {0}/{1} đơn vị ({2}%)',
  'confirm.no': 'Quay lại', 'confirm.text': 'Nộp báo cáo của {0} cho kỳ {1}, người ký: {2}? Sau khi nộp, báo cáo được gửi đến Sở Nội vụ.',
  'confirm.title': 'Xác nhận nộp báo cáo', 'confirm.yes': 'Nộp báo cáo',
  deadline: 'Hạn nộp', denominator: 'Mẫu số',
  'doc.actions': 'Thao tác', 'doc.add': 'Thêm văn bản', 'doc.date': 'Ngày ban hành', 'doc.number': 'Số, ký hiệu', 'doc.remove': 'Xóa dòng', 'doc.title': 'Trích yếu',
  documentNumber: 'Số báo cáo', 'documentNumber.hint': 'Ví dụ: 106/BC-SNgV', 'draft.failed': 'Chưa lưu được bản nháp: {0}',
  'draft.saved': 'Đã tự động lưu bản nháp lúc {0}', drill: 'Xem báo cáo', 'drill.of': 'Xem báo cáo của {0}',
  'errors.count': 'Báo cáo còn {0} lỗi. Vui lòng sửa các trường được đánh dấu.', 'export.csv': 'Tải bảng tổng hợp (CSV)', 'export.xlsx': 'Tải bảng tổng hợp (Excel)',
  history: 'Lịch sử các phiên bản', 'history.changes': 'Xem thay đổi', 'history.changesOf': 'Thay đổi của phiên bản {0}',
  'history.none': 'Chưa có phiên bản nào được nộp.', 'history.same': 'Không có thay đổi so với phiên bản trước.',
  indicator: 'Chỉ tiêu', lastReminder: 'Nhắc nhở gần nhất', late: 'Trễ hạn', left: 'còn {0}', narrative: 'Nội dung báo cáo (thuyết minh)',
  no: 'Không', numerator: 'Tử số', onTime: 'Đúng hạn', onlyHeadSubmits: 'Chỉ lãnh đạo đơn vị được nộp báo cáo; bạn có thể lưu bản nháp.',
  overdue: 'quá hạn {0}', 'percent.hint': 'Từ 0 đến 100', period: 'Kỳ số liệu',
  'pk.MONTH': 'Tháng', 'pk.QUARTER': 'Quý', 'pk.HALF_YEAR': '6 tháng', 'pk.NINE_MONTHS': '9 tháng', 'pk.YEAR': 'Năm', 'pk.AD_HOC': 'Đột xuất',
  return: 'Trả lại để chỉnh sửa', 'return.needsReason': 'Cần nêu lý do trả lại.', 'return.reason': 'Lý do trả lại', review: 'Xem xét báo cáo',
  'role.AGENCY_STAFF': 'Chuyên viên', 'role.AGENCY_HEAD': 'Lãnh đạo đơn vị', 'role.HOME_AFFAIRS': 'Sở Nội vụ', 'role.ADMIN': 'Quản trị',
  'rollup.none': 'Chưa có số liệu tổng hợp cho kỳ này.', round: 'Kỳ báo cáo', 'round.allAgencies': 'Chọn tất cả',
  'round.code': 'Mã kỳ báo cáo', 'round.create': 'Mở kỳ báo cáo', 'round.dataFrom': 'Số liệu từ ngày', 'round.dataTo': 'Số liệu đến ngày',
  'round.dueAt': 'Hạn nộp (giờ Việt Nam)', 'round.expected': 'Đơn vị phải báo cáo', 'round.expectedCount': 'Số đơn vị', 'round.new': 'Mở kỳ báo cáo mới',
  'round.period': 'Loại kỳ', 'round.template': 'Mẫu báo cáo', 'round.title': 'Tên kỳ', 'round.unknown': 'Không tìm thấy kỳ báo cáo {0}.',
  roundStatus: 'Trạng thái kỳ', 'rounds.caption': 'Danh sách kỳ báo cáo', 'rounds.none': 'Chưa có kỳ báo cáo nào cho đơn vị.',
  'rs.OPEN': 'Đang mở', 'rs.LOCKED': 'Đã khóa', 'rs.undefined': '',
  saveDraft: 'Lưu bản nháp', signer: 'Người ký (lãnh đạo đơn vị)', signing: 'Thông tin văn bản', 'span.dh': '{0} ngày {1} giờ', 'span.h': '{0} giờ {1} phút',
  'st.NEW': 'Chưa bắt đầu', 'st.DRAFT': 'Bản nháp', 'st.SUBMITTED': 'Đã nộp', 'st.RETURNED': 'Bị trả lại', 'st.ACCEPTED': 'Đã chấp nhận',
  'st.MISSING': 'Chưa nộp', 'st.REOPENED': 'Mở lại', 'st.UNKNOWN': 'Không rõ', 'st.undefined': 'Không rõ',
  status: 'Trạng thái', submit: 'Nộp báo cáo', submitted: 'Đã nộp phiên bản {0} lúc {1}.', submittedAt: 'Thời điểm nộp', submittedBy: 'Người nộp',
  'template.unknown': 'Không tìm thấy mẫu báo cáo {0}.', timeLeft: 'Thời gian còn lại', timeliness: 'Đúng/trễ hạn', total: 'Tổng số',
  totals: 'Tổng hợp chỉ tiêu toàn tỉnh', unit: 'Đơn vị tính', updated: 'Cập nhật lúc {0} (tự động làm mới mỗi 4 giây)',
  'users.agency': 'Mã cơ quan', 'users.create': 'Tạo người dùng', 'users.created': 'Đã tạo người dùng {0}.', 'users.displayName': 'Họ tên',
  'users.edit': 'Sửa người dùng {0}', 'users.editOf': 'Sửa {0}', 'users.editShort': 'Sửa', 'users.enabled': 'Đang hoạt động',
  'users.list': 'Danh sách người dùng', 'users.new': 'Thêm người dùng', 'users.newPassword': 'Mật khẩu mới', 'users.password': 'Mật khẩu',
  'users.passwordSet': 'Đã đặt mật khẩu mới cho {0}.', 'users.roles': 'Vai trò', 'users.save': 'Lưu', 'users.saved': 'Đã lưu {0}.',
  'users.setPassword': 'Đặt mật khẩu', 'users.unlock': 'Mở khóa đăng nhập', 'users.unlocked': 'Đã mở khóa đăng nhập cho {0}.', 'users.username': 'Tên đăng nhập',
  'v.dateOrder': 'Ngày kết thúc phải sau ngày bắt đầu.', 'v.decimal': 'Phải là một số (ví dụ 12 hoặc 12,5).', 'v.doc.date': 'Cần ngày ban hành hợp lệ.',
  'v.doc.none': 'Cần ít nhất một văn bản.', 'v.doc.number': 'Cần số, ký hiệu văn bản.', 'v.doc.title': 'Cần trích yếu văn bản.',
  'v.integer': 'Phải là số nguyên.', 'v.max': 'Không được lớn hơn {0}.', 'v.min': 'Không được nhỏ hơn {0}.',
  'v.parts': 'Các thành phần phải cộng lại bằng tổng số.', 'v.percent': 'Tỷ lệ phải từ 0 đến 100.', 'v.ratio.both': 'Cần cả tử số và mẫu số.',
  'v.ratio.den': 'Mẫu số phải lớn hơn 0 và tử số không âm.', 'v.ratio.le': 'Tử số không được lớn hơn mẫu số.', 'v.required': 'Trường này là bắt buộc.',
  'v.total': 'Cần nhập tổng số.', value: 'Giá trị', version: 'Phiên bản', yes: 'Có'
};

const en = {
  accept: 'Accept the report', agencies: 'Agencies', agency: 'Agency code', 'agency.name': 'Agency name',
  'c.expected': 'Agencies expected', 'c.late': 'Submitted late', 'c.missing': 'Not submitted', 'c.onTime': 'Submitted on time', 'c.submitted': 'Submitted',
  'chart.across': 'Indicator across rounds', 'chart.completeness': 'Agencies submitted over time', charts: 'Charts',
  completeness: 'Completeness', 'completeness.label': '{0} of {1} agencies submitted ({2}%)',
  'confirm.no': 'Go back', 'confirm.text': 'Submit the report of {0} for round {1}, signed by {2}? Once submitted it goes to Home Affairs.',
  'confirm.title': 'Confirm submission', 'confirm.yes': 'Submit the report',
  deadline: 'Deadline', denominator: 'Denominator',
  'doc.actions': 'Actions', 'doc.add': 'Add a document', 'doc.date': 'Date issued', 'doc.number': 'Number', 'doc.remove': 'Remove row', 'doc.title': 'Title',
  documentNumber: 'Report number', 'documentNumber.hint': 'For example: 106/BC-SNgV', 'draft.failed': 'The draft could not be saved: {0}',
  'draft.saved': 'Draft saved automatically at {0}', drill: 'Open report', 'drill.of': 'Open the report of {0}',
  'errors.count': 'The report has {0} errors. Please correct the marked fields.', 'export.csv': 'Download the consolidated table (CSV)', 'export.xlsx': 'Download the consolidated table (Excel)',
  history: 'Version history', 'history.changes': 'Show changes', 'history.changesOf': 'Changes in version {0}',
  'history.none': 'No version submitted yet.', 'history.same': 'No change from the previous version.',
  indicator: 'Indicator', lastReminder: 'Last reminder', late: 'Late', left: '{0} left', narrative: 'Narrative',
  no: 'No', numerator: 'Numerator', onTime: 'On time', onlyHeadSubmits: 'Only the agency head submits; you can save drafts.',
  overdue: 'overdue by {0}', 'percent.hint': 'From 0 to 100', period: 'Data period',
  'pk.MONTH': 'Month', 'pk.QUARTER': 'Quarter', 'pk.HALF_YEAR': 'Half year', 'pk.NINE_MONTHS': 'Nine months', 'pk.YEAR': 'Year', 'pk.AD_HOC': 'Ad hoc',
  return: 'Return for correction', 'return.needsReason': 'A reason is needed to return a report.', 'return.reason': 'Reason for returning', review: 'Review',
  'role.AGENCY_STAFF': 'Agency staff', 'role.AGENCY_HEAD': 'Agency head', 'role.HOME_AFFAIRS': 'Home Affairs', 'role.ADMIN': 'Administrator',
  'rollup.none': 'No figures for this round yet.', round: 'Round', 'round.allAgencies': 'Select all',
  'round.code': 'Round code', 'round.create': 'Open the round', 'round.dataFrom': 'Data from', 'round.dataTo': 'Data to',
  'round.dueAt': 'Deadline (Vietnam time)', 'round.expected': 'Agencies expected', 'round.expectedCount': 'Agencies', 'round.new': 'Open a new round',
  'round.period': 'Period kind', 'round.template': 'Template', 'round.title': 'Title', 'round.unknown': 'No round {0}.',
  roundStatus: 'Round status', 'rounds.caption': 'Reporting rounds', 'rounds.none': 'No round for your agency yet.',
  'rs.OPEN': 'Open', 'rs.LOCKED': 'Locked', 'rs.undefined': '',
  saveDraft: 'Save draft', signer: 'Signer (agency head)', signing: 'Document details', 'span.dh': '{0} days {1} hours', 'span.h': '{0} hours {1} minutes',
  'st.NEW': 'Not started', 'st.DRAFT': 'Draft', 'st.SUBMITTED': 'Submitted', 'st.RETURNED': 'Returned', 'st.ACCEPTED': 'Accepted',
  'st.MISSING': 'Missing', 'st.REOPENED': 'Reopened', 'st.UNKNOWN': 'Unknown', 'st.undefined': 'Unknown',
  status: 'Status', submit: 'Submit the report', submitted: 'Version {0} submitted at {1}.', submittedAt: 'Submitted at', submittedBy: 'Submitted by',
  'template.unknown': 'No template {0}.', timeLeft: 'Time left', timeliness: 'On time / late', total: 'Total',
  totals: 'Province totals', unit: 'Unit', updated: 'Updated at {0} (refreshes every 4 seconds)',
  'users.agency': 'Agency code', 'users.create': 'Create user', 'users.created': 'User {0} created.', 'users.displayName': 'Full name',
  'users.edit': 'Edit user {0}', 'users.editOf': 'Edit {0}', 'users.editShort': 'Edit', 'users.enabled': 'Active',
  'users.list': 'Users', 'users.new': 'Add a user', 'users.newPassword': 'New password', 'users.password': 'Password',
  'users.passwordSet': 'New password set for {0}.', 'users.roles': 'Roles', 'users.save': 'Save', 'users.saved': '{0} saved.',
  'users.setPassword': 'Set password', 'users.unlock': 'Lift sign-in lock', 'users.unlocked': 'Sign-in lock lifted for {0}.', 'users.username': 'Username',
  'v.dateOrder': 'The end date must come after the start date.', 'v.decimal': 'Must be a number (e.g. 12 or 12.5).', 'v.doc.date': 'A valid date is needed.',
  'v.doc.none': 'At least one document is needed.', 'v.doc.number': 'The document number is needed.', 'v.doc.title': 'The document title is needed.',
  'v.integer': 'Must be a whole number.', 'v.max': 'Must not be more than {0}.', 'v.min': 'Must not be less than {0}.',
  'v.parts': 'The parts must add up to the total.', 'v.percent': 'A percentage is between 0 and 100.', 'v.ratio.both': 'Both numerator and denominator are needed.',
  'v.ratio.den': 'The denominator must be above 0 and the numerator not negative.', 'v.ratio.le': 'The numerator cannot exceed the denominator.', 'v.required': 'This field is required.',
  'v.total': 'The total is needed.', value: 'Value', version: 'Version', yes: 'Yes'
};

const texts = lang === 'en' ? en : vi;

/** The text for {@code key} with {0}, {1}, … replaced. */
export function t(key, ...args) {
  const text = texts[key] !== undefined ? texts[key] : (vi[key] !== undefined ? vi[key] : key);
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

/** The name of an indicator, part or option in the page's language. */
export function name(item) {
  return (lang === 'en' ? item.nameEn || item.nameVi : item.nameVi || item.nameEn) || item.code;
}

export function sectionTitle(section) {
  return (lang === 'en' ? section.titleEn || section.title : section.title) || section.code;
}
