/*
 * The form library bundled in Tasklist (form-js 1.8) writes its validation messages and a few labels in
 * English and offers no translation hook. This watches the forms and puts the Chinese text in place of the
 * known English strings, as soon as form-js renders them; anything unknown is left as it is.
 */
const EXACT = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮箱地址。',
  'Add new': '添加一项',
  'Select': '请选择',
  'Search': '搜索'
};
const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, '不能少于 $1 个字。'],
  [/^Field must have maximum length of (\d+)\.$/, '不能超过 $1 个字。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不符合要求（$1）。'],
  [/^Field must be a valid\s+international phone number.*$/, '请输入有效的国际电话号码。']
];

function translate(text) {
  const trimmed = text.trim();
  if (EXACT[trimmed]) {
    return EXACT[trimmed];
  }
  for (const [pattern, chinese] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return trimmed.replace(pattern, chinese);
    }
  }
  return null;
}

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('.fjs-container')) {
      const chinese = translate(node.nodeValue);
      if (chinese) {
        node.nodeValue = chinese;
      }
    }
  }
  root.querySelectorAll && root.querySelectorAll('.fjs-container [placeholder]').forEach(input => {
    const chinese = translate(input.getAttribute('placeholder'));
    if (chinese) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateTree(mutation.target.parentElement || document.body);
    } else {
      mutation.addedNodes.forEach(node => node.nodeType === 1 ? translateTree(node)
        : node.parentElement && translateTree(node.parentElement));
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true });

export default [];
