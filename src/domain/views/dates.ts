/** Dates as readers read them. Free of imports, so that client scripts can use it. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2014-07-21` → "21 July 2014"; `2012-11` → "November 2012"; `2014-07-18/2014-07-20` → "18 July 2014 – 20 July 2014". */
export function formatDate(value: string): string {
	const [from, to] = value.split('/');
	if (to !== undefined) return `${formatDate(from!)} – ${formatDate(to)}`;
	const [year, month, day] = value.split('-');
	if (month === undefined) return year!;
	const monthName = months[Number(month) - 1]!;
	return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}
