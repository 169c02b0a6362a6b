/**
 * Family names that Chinese, Korean and Vietnamese names put first ("Wang Wenbin", "Kim Min-jae",
 * "Nguyen Van An"): news text refers to such a person by the first word ("Wang said"), not the
 * last. Only common ones, so a Western name that happens to start with one is rarely taken.
 */
const FAMILY_FIRST = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng ' +
    'cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fu zhong jin cui tan mao qin ' +
    'xi hua geng qian kong bai meng xue yan lei hou long duan hao shao wan gu lai kim park choi jung jeong kang cho yoon jang lim ' +
    'oh seo shin kwon hwang ahn yoo hong jeon moon nguyen tran pham hoang phan vu vo dang bui ngo duong'
  ).split(' '),
);

/** The family name of a name written family name first ("Wang Wenbin" → "Wang"), or "". */
export function familyNameFirst(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return '';
  return FAMILY_FIRST.has(words[0]!.toLowerCase()) ? words[0]! : '';
}
